package org.tmfsafety.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the JSON API of a running test server. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    private final String base;

    private final String authorization;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    /** A client of a server at the given base URL, e.g. a {@link ServerNode}'s. */
    public static Api at(String base) {
        return new Api(base, null);
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Returns a client that signs every request in with HTTP Basic credentials. */
    public Api as(String username, String password) {
        return new Api(base, "Basic " + java.util.Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Returns a client that sends a personal API token. */
    public Api withToken(String token) {
        return new Api(base, "Bearer " + token);
    }

    /** Returns a client signed in as the demo authority. */
    public Api asAuthority() {
        return as("authority", "authority-demo");
    }

    /** The answer to one request: status, content type and parsed JSON body (or null when empty). */
    public record Response(int status, String contentType, JsonNode body, String location,
            java.net.http.HttpHeaders headers) {
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response post(String path, Object body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(json(body)), headers);
    }

    public Response put(String path, Object body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(json(body)), headers);
    }

    public Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    /**
     * Posts a multipart form: the text fields, then one file (sent as application/octet-stream), e.g. an upload.
     */
    public Response upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content,
            String... headers) {
        String boundary = "----tmf" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "multipart/form-data; boundary=" + boundary;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), all);
    }

    /** A downloaded file: status, content type and the bytes. */
    public record Download(int status, String contentType, byte[] body) {
    }

    /** Gets a file (an XLSX or PDF download, for instance) as bytes. */
    public Download download(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns a mutable JSON object to build request bodies. */
    public static tools.jackson.databind.node.ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        builder.header("Content-Type", "application/json").header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response.headers().firstValue("Location").orElse(null), response.headers());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
