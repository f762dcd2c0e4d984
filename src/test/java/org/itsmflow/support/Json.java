package org.itsmflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON requests with a body for the API tests. */
public final class Json {

  private Json() {}

  public static ResponseEntity<JsonNode> send(TestRestTemplate client, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
  }

  public static ResponseEntity<JsonNode> delete(TestRestTemplate client, String path) {
    return client.exchange(path, HttpMethod.DELETE, null, JsonNode.class);
  }
}
