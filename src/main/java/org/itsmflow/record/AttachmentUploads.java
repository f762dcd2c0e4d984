package org.itsmflow.record;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads follow the attachment limit (itsm.attachments.max-size), not Spring's 1 MB default: a
 * larger file is refused while it arrives (413) instead of being written to a temporary file first.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploads {

  /** Room for the other parts of the form (visibility, description) besides the file. */
  private static final DataSize FORM_FIELDS = DataSize.ofKilobytes(64);

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(properties.maxSize());
    factory.setMaxRequestSize(DataSize.ofBytes(properties.maxSize().toBytes() + FORM_FIELDS.toBytes()));
    // Parts up to 1 MB stay in memory; larger ones go to a temporary file until they are stored.
    factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
    return factory.createMultipartConfig();
  }

  /**
   * Tomcat reads the rest of a refused upload (up to server.tomcat.max-swallow-size) so that the
   * client gets the 413 answer; by default it closes the connection and the client sees only an
   * I/O error.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> answerRefusedUploads() {
    return factory -> factory.addContextCustomizers(context -> context.setSwallowAbortedUploads(true));
  }
}
