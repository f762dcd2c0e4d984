package org.itsmflow.security.directory;

import org.itsmflow.security.GroupMapping;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's identity provider when ITSM_LDAP_URL is set; the engine's own user store otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  @Bean
  @ConditionalOnExpression("!'${itsm.ldap.url:}'.isBlank()")
  DirectoryPlugin directoryPlugin(DirectoryProperties properties) {
    return new DirectoryPlugin(properties, GroupMapping.read(properties.groupMapping(), GroupMapping.Source.DIRECTORY));
  }
}
