package org.tmfsafety.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.server.account.AccountRepository;
import org.tmfsafety.server.account.AccountService;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.account.Role;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.database.OnEmbeddedDatabaseCondition;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityInput;
import org.tmfsafety.server.facility.FacilityRatings;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilityService;
import org.tmfsafety.server.incident.PointOfContactInput;
import org.tmfsafety.server.incident.PointsOfContact;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.LocalizedName;
import org.tmfsafety.server.transboundary.DrainageRoutes;
import org.tmfsafety.server.transboundary.TransboundaryResultsChanged;

/**
 * Loads the demo data set once, when the database is empty, before the application serves requests:
 * the facilities (all published), their organisations and the four documented demo accounts.
 * Loads by default on the embedded database only; an external database receives demo data only with
 * {@code tmf.demo-data.enabled=true}. Every record goes through the same validation as user input,
 * and the whole set is loaded in one transaction or not at all.
 */
@Component
@DependsOnDatabaseInitialization
class DemoDataLoader implements InitializingBean {

    static final String RESOURCE = "demo/facilities.json";

    /** The demo organisation whose facilities the demo operator account may edit. */
    static final String DEMO_OPERATOR_ORGANISATION = "kazzinc";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Environment environment;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final OrganisationRepository organisations;

    private final FacilityService facilities;

    private final FacilityRepository facilityRepository;

    private final JsonMapper json;

    private final AccountService accounts;

    private final AccountRepository accountsRepository;

    private final CurrentUser currentUser;

    private final DrainageRoutes drainageRoutes;

    private final FacilityRatings ratings;

    private final PointsOfContact pointsOfContact;

    DemoDataLoader(Environment environment, JdbcClient jdbc, TransactionTemplate transaction,
            OrganisationRepository organisations, FacilityService facilities, FacilityRepository facilityRepository,
            JsonMapper json, AccountService accounts, AccountRepository accountsRepository, CurrentUser currentUser,
            DrainageRoutes drainageRoutes, FacilityRatings ratings, PointsOfContact pointsOfContact) {
        this.drainageRoutes = drainageRoutes;
        this.pointsOfContact = pointsOfContact;
        this.ratings = ratings;
        this.environment = environment;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.organisations = organisations;
        this.facilities = facilities;
        this.facilityRepository = facilityRepository;
        this.json = json;
        this.accounts = accounts;
        this.accountsRepository = accountsRepository;
        this.currentUser = currentUser;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Boolean explicit = environment.getProperty("tmf.demo-data.enabled", Boolean.class);
        boolean enabled = explicit != null ? explicit : OnEmbeddedDatabaseCondition.isEmbedded(environment);
        if (!enabled) {
            return;
        }
        JsonNode data;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            data = json.readTree(in);
        }
        Integer loaded = currentUser.asSystem(AuditLog.SYSTEM + ":demo-data",
                () -> transaction.execute(status -> loadIfEmpty(data)));
        if (loaded != null) {
            log.info("Loaded {} demo facilities from {}", loaded, RESOURCE);
        }
        if (accountsRepository.findByUsername("operator").isPresent()) {
            announceDemoAccounts();
        }
    }

    private Integer loadIfEmpty(JsonNode data) {
        long previousLoads = jdbc.sql("SELECT count(*) FROM demo_data_load").query(Long.class).single();
        if (previousLoads > 0 || facilityRepository.count() > 0) {
            return null;
        }
        Map<String, Long> organisationIds = new HashMap<>();
        for (JsonNode organisation : data.get("organisations")) {
            long id = organisations.insert(
                    new LocalizedName(organisation.get("name").asString(), text(organisation, "nameRu"),
                            text(organisation, "nameKk")),
                    OrganisationKind.valueOf(organisation.get("kind").asString()), text(organisation, "country"),
                    text(organisation, "website"), text(organisation, "source"));
            organisationIds.put(organisation.get("key").asString(), id);
        }
        int count = 0;
        for (JsonNode node : data.get("facilities")) {
            ObjectNode facility = ((ObjectNode) node).deepCopy();
            facility.put("published", true);
            facility.put("operatorId", organisationId(facility.remove("operator"), organisationIds));
            facility.put("authorityId", organisationId(facility.remove("authority"), organisationIds));
            JsonNode route = facility.remove("drainageRoute");
            try {
                Facility created = facilities.create(json.treeToValue(facility, FacilityInput.class));
                if (route != null) {
                    drainageRoutes.save(created.id(), created.latitude(), created.longitude(),
                            new DrainageRoutes.Change(route.get("kind").asString(), route.get("geometry").toString(),
                                    route.get("source").asString(), text(route, "comment"), null));
                    // the ratings' event listener is not registered yet while the application's beans are created
                    ratings.screeningChanged(new TransboundaryResultsChanged(List.of(created.id())));
                }
            }
            catch (InvalidInputException e) {
                throw new IllegalStateException("Invalid demo facility " + facility.get("code") + ": "
                        + e.errors().getFieldErrors(), e);
            }
            count++;
        }
        for (JsonNode contact : data.get("pointsOfContact")) {
            pointsOfContact.create(json.treeToValue(contact, PointOfContactInput.class));
        }
        createDemoAccounts(organisationIds.get(DEMO_OPERATOR_ORGANISATION));
        jdbc.sql("INSERT INTO demo_data_load (facility_count, description) VALUES (:count, :description)")
            .param("count", count)
            .param("description", text(data, "provenance"))
            .update();
        return count;
    }

    private void createDemoAccounts(Long operatorOrganisation) {
        if (operatorOrganisation == null) {
            throw new IllegalStateException("Demo data lacks the organisation " + DEMO_OPERATOR_ORGANISATION);
        }
        accounts.createDemoAccount("admin", "Demo administrator", Role.ADMIN, Set.of(), "admin-demo");
        accounts.createDemoAccount("authority", "Demo authority (Committee of Industrial Safety)", Role.AUTHORITY,
                Set.of(), "authority-demo");
        accounts.createDemoAccount("inspector", "Demo inspector", Role.INSPECTOR, Set.of(), "inspector-demo");
        accounts.createDemoAccount("operator", "Demo operator (Kazzinc)", Role.OPERATOR, Set.of(operatorOrganisation),
                "operator-demo");
    }

    private void announceDemoAccounts() {
        log.warn("""

                ******************************************************************************
                 DEMO MODE: accounts with fixed, publicly documented passwords exist.
                 They are for demonstration only; never use this database for real data.
                   admin / admin-demo          authority / authority-demo
                   inspector / inspector-demo  operator / operator-demo (Kazzinc)
                ******************************************************************************""");
    }

    private static Long organisationId(JsonNode key, Map<String, Long> ids) {
        if (key == null || key.isNull()) {
            return null;
        }
        Long id = ids.get(key.asString());
        if (id == null) {
            throw new IllegalStateException("Demo facility refers to unknown organisation " + key.asString());
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

}
