package vn.parflow.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The mail module's settings: {@code parflow.outbox.*} and {@code parflow.reminders.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OutboxProperties.class, ReminderProperties.class })
class ReminderConfiguration {

}
