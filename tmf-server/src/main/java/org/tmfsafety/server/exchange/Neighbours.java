package org.tmfsafety.server.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;

/**
 * The neighbouring instances: the query API other features use ({@link #forCountry}, {@link #deliver}) and their
 * administration (validated, optimistically locked; administrators only, enforced by the security configuration).
 */
@Component
public class Neighbours {

    /** Path of the endpoint that receives notifications, at every instance. */
    public static final String INCOMING_PATH = "/api/v1/exchange/incoming-notifications";

    private final ExchangeRepository repository;

    private final Countries countries;

    private final ExchangeSettings settings;

    private final SmartValidator validator;

    private final CurrentUser user;

    private final HttpClient http;

    Neighbours(ExchangeRepository repository, Countries countries, ExchangeSettings settings, SmartValidator validator,
            CurrentUser user) {
        this.repository = repository;
        this.countries = countries;
        this.settings = settings;
        this.validator = validator;
        this.user = user;
        this.http = httpClient(settings);
    }

    static HttpClient httpClient(ExchangeSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /** Every neighbour, by name. */
    public List<Neighbour> all() {
        return repository.neighbours();
    }

    /** The neighbour with the id, or empty. */
    public Optional<Neighbour> find(long id) {
        return repository.neighbour(id);
    }

    /** The neighbours of a country (ISO 3166-1 alpha-2 or alpha-3): at most one, since a country runs one registry. */
    public List<Neighbour> forCountry(String code) {
        return countries.find(code).flatMap(repository::neighbourOfCountry).stream().toList();
    }

    /** This instance's own country (ISO 3166-1 alpha-3, {@code tmf.exchange.country}). */
    public String ownCountry() {
        return settings.country();
    }

    /**
     * The outcome of a delivery.
     *
     * @param delivered whether the neighbour accepted the document (2xx)
     * @param status the neighbour's HTTP status, or 0 when it was not reached
     * @param error why it was not delivered (its answer or the connection failure), or null
     */
    public record Delivery(boolean delivered, int status, String error) {
    }

    /**
     * Signs a notification document (format in docs/exchange.md) with the secret shared with the neighbour and posts
     * it to the neighbour's incoming endpoint. Never throws for an unreachable neighbour: the delivery says so, and
     * the caller decides whether to try again.
     */
    public Delivery deliver(long neighbourId, byte[] json) {
        Neighbour neighbour = find(neighbourId).orElseThrow(() -> new NotFoundException("exchange.neighbour.notFound",
                neighbourId));
        Optional<String> secret = repository.signingSecret(neighbourId);
        if (secret.isEmpty()) {
            return new Delivery(false, 0, "no signing secret is stored for this neighbour");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(neighbour.url(INCOMING_PATH)))
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header(Signatures.NEIGHBOUR_HEADER, settings.country())
            .header(Signatures.SIGNATURE_HEADER, Signatures.sign(secret.get(), json))
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            return new Delivery(ok, response.statusCode(), ok ? null : abbreviate(response.body()));
        }
        catch (IOException ex) {
            return new Delivery(false, 0, ex.toString());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Delivery(false, 0, ex.toString());
        }
    }

    static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** Checks an administrator's input: bean constraints, a known country that is not the own one and not taken, a URL. */
    void validate(NeighbourInput input, Neighbour existing, Errors errors) {
        validator.validate(input, errors);
        if (input.getCountry() != null && !input.getCountry().isBlank()) {
            Optional<String> country = countries.find(input.getCountry());
            if (country.isEmpty()) {
                errors.rejectValue("country", "facility.country.unknown", new Object[] { input.getCountry() }, null);
            }
            else if (country.get().equals(settings.country())) {
                errors.rejectValue("country", "exchange.country.own");
            }
            else if (repository.countryTaken(country.get(), existing == null ? null : existing.id())) {
                errors.rejectValue("country", "exchange.country.taken");
            }
        }
        if (input.getBaseUrl() != null && !input.getBaseUrl().isBlank() && !validUrl(input.getBaseUrl().strip())) {
            errors.rejectValue("baseUrl", "exchange.baseUrl.invalid");
        }
        if (input.getSigningSecret() != null && !input.getSigningSecret().isBlank()
                && input.getSigningSecret().strip().length() < 32) {
            errors.rejectValue("signingSecret", "exchange.signingSecret.tooShort");
        }
        if (existing != null && input.getVersion() == null) {
            errors.rejectValue("version", "facility.version.required");
        }
    }

    static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && !url.matches(".*\\s.*");
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    Neighbour create(NeighbourInput input) {
        Errors errors = new BeanPropertyBindingResult(input, "neighbour");
        validate(input, null, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        long id = repository.insert(input.getName().strip(), countries.find(input.getCountry()).orElseThrow(),
                input.getBaseUrl().strip(), blankToNull(input.getReadToken()), blankToNull(input.getSigningSecret()),
                user.username());
        return find(id).orElseThrow();
    }

    Neighbour update(long id, NeighbourInput input) {
        Neighbour existing = require(id);
        Errors errors = new BeanPropertyBindingResult(input, "neighbour");
        validate(input, existing, errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        int changed = repository.update(id, input.getVersion(), input.getName().strip(),
                countries.find(input.getCountry()).orElseThrow(), input.getBaseUrl().strip(),
                blankToNull(input.getReadToken()), blankToNull(input.getSigningSecret()), user.username());
        if (changed == 0) {
            throw new EditConflictException("exchange.neighbour.conflict", input.getVersion(), require(id).version());
        }
        return require(id);
    }

    /** Removes a neighbour with what was pulled from it; notifications received from it stay. */
    void delete(long id, int version) {
        Neighbour existing = require(id);
        if (repository.delete(id, version) == 0) {
            throw new EditConflictException("exchange.neighbour.conflict", version, existing.version());
        }
    }

    Neighbour require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("exchange.neighbour.notFound", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
