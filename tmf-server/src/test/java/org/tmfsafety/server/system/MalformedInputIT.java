package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tmfsafety.server.support.Api;
import org.tmfsafety.server.support.Api.Response;
import org.tmfsafety.server.support.FormLogin;
import org.tmfsafety.server.support.IntegrationTest;

/**
 * Malformed input on every endpoint of the application, signed in as an administrator: a NUL character and invalid
 * UTF-8 percent-encoding in each parameter an endpoint declares and in the common ones, a NUL in each text field of
 * its JSON body, and broken multipart bodies where it takes a file. The endpoints are read from Spring MVC's handler
 * mappings, so a new endpoint is walked without a change here. Every answer must be a 400 (for the API and the other
 * endpoints that answer JSON a translated problem detail naming the input, for pages the error page), never a 5xx,
 * and nothing may be written.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIT {

    /** Parameters that many endpoints read (searches and lists), sent to every endpoint besides its own. */
    private static final List<String> COMMON = List.of("q", "region", "country", "sort", "page", "size", "status");

    /** The malformed values of a parameter, percent-encoded: a NUL character, and a byte that is not UTF-8. */
    private static final Map<String, String> MALFORMED = Map.of("NUL", "a%00b", "invalid UTF-8", "%ff");

    /** Requests in flight at a time, to keep the walk short. */
    private static final int CALLERS = 4;

    private static final String TEXT_WITH_NUL = "a\u0000b";

    private static final String BOUNDARY = "----tmf-malformed";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The administrator's page session (cookies); the API is called with HTTP Basic. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private String csrf;

    private long facility;

    /**
     * One malformed request: the endpoint, what is malformed, the field the answer must name (null: the request as a
     * whole), whether the endpoint answers JSON, and whether the answer must be the application's 400 (a malformed
     * path is refused by the servlet container before the application sees it, so only a 4xx is required there).
     */
    private record Probe(String endpoint, String input, String field, boolean json, boolean exact,
            HttpRequest request) {
    }

    @BeforeAll
    void signIn() throws IOException, InterruptedException {
        long operator = jdbc.sql("SELECT min(id) FROM organisation WHERE kind = 'OPERATOR'").query(Long.class).single();
        facility = jdbc.sql("""
                INSERT INTO facility (code, name, country, latitude, longitude, status, operator_id, published)
                VALUES ('MALFORMED-1', 'Malformed input target', 'KAZ', 50, 80, 'ACTIVE', :operator, false)
                RETURNING id""").param("operator", operator).query(Long.class).single();
        csrf = signIn(browser);
    }

    /** Signs the client in as the administrator and returns the page session's CSRF token. */
    private String signIn(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> login = FormLogin.signIn(client, base(), "admin", "admin-demo");
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/facilities");
        String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void everyEndpointRefusesMalformedInputWithA400NamingIt() throws InterruptedException, ExecutionException, IOException {
        List<Probe> probes = probes();
        long writtenBefore = written();
        // page requests with a JSON body pass the session's CSRF check before their body is read; after the
        // concurrent probes that check was seen to fail at random for the administrator's session (a 403 that is
        // not what this test is about; noted for issue 23), so they are sent afterwards in a fresh session
        List<Probe> concurrent = probes.stream().filter(probe -> !jsonThroughPageSession(probe)).toList();
        List<Probe> serial = probes.stream().filter(MalformedInputIT::jsonThroughPageSession).toList();
        probes = new ArrayList<>(concurrent);
        probes.addAll(serial);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        ExecutorService oneByOne = Executors.newSingleThreadExecutor();
        try {
            for (Probe probe : concurrent) {
                answers.add(callers.submit(() -> browser.send(probe.request(), HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                answer.get();
            }
            HttpClient fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String token = signIn(fresh);
            for (Probe probe : serial) {
                HttpRequest request = HttpRequest.newBuilder(probe.request(), (name, value) -> !name.equalsIgnoreCase(
                        "X-CSRF-TOKEN")).header("X-CSRF-TOKEN", token).build();
                answers.add(oneByOne.submit(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString())));
            }
            Map<String, String> wrong = new LinkedHashMap<>();
            int failed = 0;
            for (int i = 0; i < probes.size(); i++) {
                HttpResponse<String> response = answers.get(i).get();
                String problem = verdict(probes.get(i), response);
                if (problem != null) {
                    wrong.put(probes.get(i).endpoint() + " [" + probes.get(i).input() + "]", problem);
                    failed += response.statusCode() >= 500 ? 1 : 0;
                }
            }
            assertThat(wrong).as("%d of %d malformed requests answered 5xx", failed, probes.size()).isEmpty();
        }
        finally {
            callers.shutdown();
            oneByOne.shutdown();
        }
        assertThat(probes).as("probes").hasSizeGreaterThan(500);
        assertThat(written()).as("rows written by malformed requests").isEqualTo(writtenBefore);
    }

    private static boolean jsonThroughPageSession(Probe probe) {
        return !probe.request().uri().getPath().startsWith("/api/")
                && probe.request().headers().firstValue("Content-Type").orElse("").contains("json");
    }

    @Test
    void aMalformedParameterIsNamedInTheCallersLanguage() {
        Api api = new Api(port);
        Response nul = api.get("/api/v1/facilities?region=Karaganda&q=a%00b", "Accept-Language", "kk");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        assertThat(nul.body().get("title").asString())
            .isEqualTo(messages.getMessage("problem.validation.title", null, Locale.forLanguageTag("kk")));
        assertThat(nul.body().get("errors").toString()).isEqualTo(errors("q", "validation.nul", "kk"));
        Response notUtf8 = api.get("/api/v1/facilities?sort=%ff", "Accept-Language", "ru");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.body().get("errors").toString()).isEqualTo(errors("sort", "validation.encoding", "ru"));
    }

    @Test
    void aNulInAJsonFieldIsNamedByItsPathAndNothingIsSaved() {
        Api api = new Api(port).as("admin", "admin-demo");
        ObjectNode facility = Api.object().put("name", TEXT_WITH_NUL).put("country", "KAZ").put("latitude", 47.8)
            .put("longitude", 67.7).put("status", "ACTIVE");
        long before = written();
        Response created = api.post("/api/v1/facilities", facility, "Accept-Language", "ru");
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.body().get("errors").toString()).isEqualTo(errors("name", "validation.nul", "ru"));
        assertThat(written()).isEqualTo(before);
        Response nested = api.post("/api/v1/methodology/annex1", "{\"items\": [{\"substance\": \"a\\u0000b\"}]}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.body().get("errors").toString()).isEqualTo(errors("items.0.substance", "validation.nul", "en"));
        Response tree = api.post("/api/v1/methodology/thi", "{\"storedVolumeM3\": 1000, \"notes\": [\"a\\u0000b\"]}");
        assertThat(tree.status()).isEqualTo(400);
        assertThat(tree.body().get("errors").toString()).isEqualTo(errors("notes.0", "validation.nul", "en"));
    }

    @Test
    void aBrokenMultipartBodyIsRefusedWithAProblem() {
        Response response = new Api(port).as("admin", "admin-demo")
            .post("/api/v1/imports/facilities", "name,country", "Content-Type", "multipart/form-data", "Accept-Language",
                    "kk");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("message").asString())
            .isEqualTo(messages.getMessage("validation.multipart", null, Locale.forLanguageTag("kk")));
    }

    @Test
    void aPageFormWithANulAnswersTheTranslatedErrorPageAndSavesNothing() throws IOException, InterruptedException {
        long before = written();
        HttpResponse<String> response = browser.send(builder("/facilities/new")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("Accept-Language", "ru")
            .POST(HttpRequest.BodyPublishers.ofString("name=Tailings%00&country=KAZ&latitude=47.8&longitude=67.7"
                    + "&status=ACTIVE&_csrf=" + csrf))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("#error-title").text()).as(response.body())
            .isEqualTo(messages.getMessage("error.400.title", null, Locale.forLanguageTag("ru")));
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void signingInWithMalformedInputIsRefused() throws IOException, InterruptedException {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = anonymous.send(builder("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        for (String username : MALFORMED.values()) {
            HttpResponse<String> response = anonymous.send(builder("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=x&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(username).isEqualTo(400);
        }
    }

    @Test
    void aFormLargerThanTheServerAcceptsIsRefusedWith413() throws IOException, InterruptedException {
        String large = "notes=" + "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> page = browser.send(builder("/facilities/new")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("X-CSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(large))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        Response api = new Api(port).as("admin", "admin-demo")
            .post("/api/v1/facilities", large, "Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "kk");
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body().get("detail").asString())
            .isEqualTo(messages.getMessage("problem.tooLarge", null, Locale.forLanguageTag("kk")));
    }

    @Test
    void errorsOfControllerEndpointsThatAnswerJsonAreProblems() {
        Response response = new Api(port).as("admin", "admin-demo")
            .post("/api/v1/notifications/999999999/read", "", "Accept-Language", "ru");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).isEqualTo(messages.getMessage(
                "problem.notFound.notification", new Object[] { 999999999L }, Locale.forLanguageTag("ru")));
    }

    /** The errors of a problem naming one field, as JSON. */
    private String errors(String field, String messageKey, String language) {
        return JSON.createArrayNode()
            .add(JSON.createObjectNode()
                .put("field", field)
                .put("message", messages.getMessage(messageKey, null, Locale.forLanguageTag(language))))
            .toString();
    }

    /** Returns what is wrong with the answer to a probe, or null when it is the expected 400. */
    private static String verdict(Probe probe, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String summary = status + " " + type + " "
                + (type.startsWith("application/problem+json") ? JSON.readTree(response.body()).path("errors")
                        : response.body().substring(0, Math.min(160, response.body().length())));
        if (!probe.exact()) {
            return status >= 400 && status < 500 ? null : summary;
        }
        if (status != 400) {
            return summary;
        }
        if (!probe.json()) {
            return type.startsWith("text/html") && !Jsoup.parse(response.body()).select("#error-title").isEmpty() ? null
                    : summary;
        }
        if (!type.startsWith("application/problem+json")) {
            return summary;
        }
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        for (JsonNode error : errors) {
            String field = error.path("field").isString() ? error.path("field").asString() : null;
            if (java.util.Objects.equals(field, probe.field()) && !error.path("message").asString().isBlank()) {
                return null;
            }
        }
        return summary + " (does not name " + probe.field() + ")";
    }

    /** The number of rows in the tables requests write to: the audit trail records every change. */
    private long written() {
        return jdbc.sql("SELECT (SELECT count(*) FROM audit_event) + (SELECT count(*) FROM facility)")
            .query(Long.class)
            .single();
    }

    private List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    probes.addAll(probes(method.name(), pattern, info, handler));
                }
            }
        });
        return probes;
    }

    private List<Probe> probes(String method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
        String endpoint = method + " " + pattern;
        boolean api = pattern.startsWith("/api/");
        boolean json = api || answersJson(handler);
        String path = path(pattern, handler);
        String fixed = info.getParamsCondition().getExpressions().stream()
            .filter(expression -> !expression.isNegated())
            .map(MalformedInputIT::parameter)
            .collect(Collectors.joining("&"));
        Set<String> parameters = new LinkedHashSet<>(declaredParameters(handler));
        parameters.addAll(COMMON);
        String file = fileParameter(handler);
        boolean form = !api && !method.equals("GET") && !method.equals("DELETE");
        List<Probe> probes = new ArrayList<>();
        for (String parameter : parameters) {
            for (Map.Entry<String, String> malformed : MALFORMED.entrySet()) {
                String pair = parameter + "=" + malformed.getValue();
                String input = malformed.getKey() + " in " + parameter;
                boolean nul = malformed.getKey().equals("NUL");
                if (file != null && method.equals("POST") && nul) {
                    probes.add(new Probe(endpoint, input + " (multipart)", parameter, json, true,
                            sign(multipart(path, fixed, parameter, file, "a.csv", true), api, json)));
                }
                else if (form) {
                    // the container only says that a form body is not UTF-8, not which field: the body as a whole
                    HttpRequest.Builder request = builder(path + query(fixed))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(pair));
                    probes.add(new Probe(endpoint, input + " (form)", nul ? parameter : null, json, true,
                            sign(request, api, json)));
                }
                else {
                    HttpRequest.Builder request = builder(path + query(join(fixed, pair)))
                        .method(method, HttpRequest.BodyPublishers.noBody());
                    probes.add(new Probe(endpoint, input, parameter, json, true, sign(request, api, json)));
                }
            }
        }
        for (String variable : textVariables(pattern, handler)) {
            for (Map.Entry<String, String> malformed : MALFORMED.entrySet()) {
                String broken = pattern.replaceAll("\\{" + variable + "(:[^}]*)?}", malformed.getValue());
                HttpRequest.Builder request = builder(path(broken, handler) + query(fixed))
                    .method(method, HttpRequest.BodyPublishers.noBody());
                probes.add(new Probe(endpoint, malformed.getKey() + " in path variable " + variable, variable, json,
                        false, sign(request, api, json)));
            }
        }
        jsonBody(handler).ifPresent(type -> {
            for (List<Object> field : textFields(type, 0)) {
                HttpRequest.Builder request = builder(path + query(fixed)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(withNul(field))));
                String name = field.stream().map(String::valueOf).collect(Collectors.joining("."));
                probes.add(new Probe(endpoint, "NUL in JSON field " + name, name, json, true, sign(request, api, json)));
            }
        });
        if (file != null && method.equals("POST")) {
            probes.add(new Probe(endpoint, "multipart without boundary", null, json, true, sign(builder(path + query(fixed))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(Map.of(), file, "a.csv", true))), api, json)));
            probes.add(new Probe(endpoint, "truncated multipart", null, json, true, sign(builder(path + query(fixed))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(Map.of(), file, "a.csv", false))), api, json)));
            probes.add(new Probe(endpoint, "NUL in file name", null, json, true,
                    sign(multipart(path, fixed, null, file, TEXT_WITH_NUL + ".csv", true), api, json)));
        }
        return probes;
    }

    private static String parameter(NameValueExpression<String> expression) {
        return expression.getName() + "=" + (expression.getValue() == null ? "" : expression.getValue());
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + "&" + second;
    }

    private static String query(String parameters) {
        return parameters.isEmpty() ? "" : "?" + parameters;
    }

    /** Whether the endpoint answers JSON (a REST controller or a response-body method) rather than a page. */
    private static boolean answersJson(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class);
    }

    /** The pattern with its path variables filled in: ids of the test's facility, a UUID, a collection name. */
    private String path(String pattern, HandlerMethod handler) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Class<?> type = pathVariableType(handler, matcher.group(1));
            String value = type == UUID.class ? new UUID(0, 0).toString()
                    : type == String.class && matcher.group(1).startsWith("collection") ? "facilities"
                            : String.valueOf(facility);
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Class<?> pathVariableType(HandlerMethod handler, String name) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && name.equals(name(variable.name(), variable.value(), parameter))) {
                return parameter.getParameterType();
            }
        }
        return String.class;
    }

    /** The path variables that take any text, where a malformed value reaches the endpoint. */
    private static List<String> textVariables(String pattern, HandlerMethod handler) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            if (matcher.group(2) == null && pathVariableType(handler, matcher.group(1)) == String.class) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }

    /** The request parameters a handler reads: its request parameters and the properties of its bound objects. */
    private static Set<String> declaredParameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                if (!Map.class.isAssignableFrom(type) && !MultipartFile.class.isAssignableFrom(type)) {
                    names.add(name(requestParam.name(), requestParam.value(), parameter));
                }
            }
            else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.getParameterAnnotations().length == 0 && type.getName().startsWith("org.tmfsafety.")
                            && !type.isEnum()) {
                names.addAll(properties(type));
            }
        }
        return names;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        parameter.initParameterNameDiscovery(NAMES);
        return parameter.getParameterName();
    }

    /** The settable properties of a bound or JSON type: its record components, or its bean properties. */
    private static List<String> properties(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return java.util.Arrays.stream(BeanUtils.getPropertyDescriptors(type))
            .filter(property -> property.getWriteMethod() != null)
            .map(PropertyDescriptor::getName)
            .toList();
    }

    /** The name of the handler's file parameter, or null when it takes no file. */
    private static String fileParameter(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType()) && requestParam != null) {
                return name(requestParam.name(), requestParam.value(), parameter);
            }
        }
        return null;
    }

    private static java.util.Optional<ResolvableType> jsonBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return java.util.Optional.of(ResolvableType.forMethodParameter(parameter));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The paths (property names and list indexes) of the text fields of a JSON body of this type, at most three
     * levels deep; a free-form JSON tree gets a field of its own.
     */
    private static List<List<Object>> textFields(ResolvableType type, int depth) {
        Class<?> raw = type.toClass();
        List<List<Object>> fields = new ArrayList<>();
        if (raw == String.class) {
            fields.add(List.of());
        }
        else if (JsonNode.class.isAssignableFrom(raw)) {
            fields.add(List.of("text"));
        }
        else if (Collection.class.isAssignableFrom(raw)) {
            for (List<Object> field : textFields(type.asCollection().getGeneric(0), depth)) {
                fields.add(prepend(0, field));
            }
        }
        else if (depth < 3 && raw.getName().startsWith("org.tmfsafety.") && !raw.isEnum()) {
            for (String property : properties(raw)) {
                ResolvableType propertyType = raw.isRecord()
                        ? ResolvableType.forMethodReturnType(BeanUtils.findMethod(raw, property))
                        : ResolvableType.forMethodParameter(BeanUtils.getPropertyDescriptor(raw, property)
                            .getWriteMethod(), 0);
                for (List<Object> field : textFields(propertyType, depth + 1)) {
                    fields.add(prepend(property, field));
                }
            }
        }
        return fields;
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> path = new ArrayList<>();
        path.add(first);
        path.addAll(rest);
        return path;
    }

    /** A JSON body with a NUL in the text at the path and nothing else. */
    private static JsonNode withNul(List<Object> path) {
        if (path.isEmpty()) {
            return JSON.getNodeFactory().stringNode(TEXT_WITH_NUL);
        }
        JsonNode rest = withNul(path.subList(1, path.size()));
        if (path.get(0) instanceof Integer) {
            ArrayNode array = JSON.createArrayNode();
            array.add(rest);
            return array;
        }
        ObjectNode object = JSON.createObjectNode();
        object.set((String) path.get(0), rest);
        return object;
    }

    private HttpRequest.Builder multipart(String path, String fixed, String field, String file, String fileName,
            boolean complete) {
        Map<String, String> fields = field == null ? Map.of() : Map.of(field, TEXT_WITH_NUL);
        return builder(path + query(fixed)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(fields, file, fileName, complete)));
    }

    /** A multipart body: the text fields and a small file; when not complete, cut off inside the file. */
    private static byte[] multipartBody(Map<String, String> fields, String file, String fileName, boolean complete) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\nname,country\r\n").getBytes(StandardCharsets.UTF_8));
        if (complete) {
            body.writeBytes(("Malformed,KAZ\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return body.toByteArray();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    /**
     * Signs a request in as the administrator (HTTP Basic for the API, the page session with its CSRF token for
     * pages) and asks for JSON from endpoints that answer it, for a page from the others.
     */
    private HttpRequest sign(HttpRequest.Builder request, boolean api, boolean json) {
        if (api) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:admin-demo".getBytes(StandardCharsets.UTF_8)));
        }
        else {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return request.header("Accept", json ? "application/json" : "text/html").build();
    }

    private String base() {
        return "http://localhost:" + port;
    }

}
