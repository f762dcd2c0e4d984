package org.itsmflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the engine's doors answer when something fails: the engine REST API answers every
 * exception it does not know with 500 and the exception's message, which can hold SQL, class
 * names and library versions. Our own checks (thrown in delegates and listeners, unwrapped by
 * DomainErrors) become the 400/404/409 our API gives; anything else becomes a 500 that names a
 * reference, with the cause in the log under it. The body keeps the engine's {@code type} and
 * {@code message} (Tasklist shows the message) and adds RFC 9457's fields.
 */
@Component
public class EngineApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrors.class);
  private static final Map<String, HttpStatus> OUR_ERRORS = Map.of(
      "InvalidFieldException", HttpStatus.BAD_REQUEST,
      "RecordNotFoundException", HttpStatus.NOT_FOUND,
      "ActionNotAllowedException", HttpStatus.CONFLICT,
      "RecordInUseException", HttpStatus.CONFLICT,
      "PasswordPolicyException", HttpStatus.BAD_REQUEST);
  private static final Pattern STATUS_EXCEPTION = Pattern.compile("^(\\d{3}) [A-Z_]+ \"(.*)\"$", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]]*): ");

  private final ObjectMapper json = new ObjectMapper();

  /** Runs the engine's resource and rewrites a server error into an answer that says what to do. */
  void translate(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    if (cached.getStatus() < 500) {
      cached.copyBodyToResponse();
      return;
    }
    String original = new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8);
    cached.resetBuffer();
    JsonNode error = parse(original);
    String type = error.path("type").asText("");
    String message = error.path("message").asText("");
    HttpStatus status = OUR_ERRORS.get(type);
    Matcher statusException = STATUS_EXCEPTION.matcher(message);
    if (status == null && "ResponseStatusException".equals(type) && statusException.matches()) {
      status = HttpStatus.valueOf(Integer.parseInt(statusException.group(1)));
      message = statusException.group(2);
    }
    if (status == null && message.startsWith("Password does not match policy")) {
      status = HttpStatus.BAD_REQUEST;
      message = "password: " + PasswordPolicyText.RULES;
    }
    if (status == null && message.contains("ENGINE-17007")) {
      status = HttpStatus.BAD_REQUEST;
      message = "Java-serialized values are not accepted; send text, numbers, dates or true/false";
    }
    if (status != null) {
      Matcher field = FIELD.matcher(message);
      write(response, status, message, field.find() ? field.group(1) : null);
      return;
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("{} {} failed (reference {}): {}", request.getMethod(), request.getRequestURI(), reference, original);
    write(response, HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed (reference " + reference
        + "); nothing of it was changed. An administrator finds the cause in the log under that reference.", null);
  }

  void write(HttpServletResponse response, HttpStatus status, String message, String field) throws IOException {
    ObjectNode body = json.createObjectNode();
    body.put("type", status.is4xxClientError() ? "InvalidRequestException" : "ServerError");
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", message);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] bytes = json.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private JsonNode parse(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
