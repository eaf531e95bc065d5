package org.corporateparenting.deployment;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the deployed application, with or without a user's credentials. */
final class Http {

    static final String APP = "http://127.0.0.1:" + System.getProperty("it.http.port", "8180");
    static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("it.management.port", "10090");
    static final String DEMO_PASSWORD = "demo-password";

    private final HttpClient client;

    private Http(HttpClient client) {
        this.client = client;
    }

    /** A client that keeps cookies, as a browser does, and does not follow redirects. */
    static Http browser() {
        return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> get(String url, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token).GET());
    }

    /** A JSON request as the given user: POST, PUT or DELETE. */
    HttpResponse<String> json(String method, String url, String user, String body) {
        return send(method, url, user, "application/json", body);
    }

    /** A request with a body of the given type (null for none) as the given demo user. */
    HttpResponse<String> send(String method, String url, String user, String contentType, String body) {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token)
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request (null body for none) as a user with their own password, not the demo one. */
    HttpResponse<String> json(String method, String url, String user, String password, String body) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET as the given demo user, answered as bytes (for files). */
    HttpResponse<byte[]> bytes(String user, String url) {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of bytes (a file) as the given demo user. */
    HttpResponse<String> upload(String user, String url, String contentType, byte[] body) {
        String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET as the given demo user. */
    HttpResponse<String> as(String user, String url) {
        return get(url, user, DEMO_PASSWORD);
    }

    HttpResponse<String> postForm(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Any request, as built (headers of the test's choosing), with this client's cookies. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
