package vn.parflow.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cross-cutting beans: the clock every deadline is measured by, in the plans' own time zone. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	Clock clock(@Value("${parflow.time-zone}") ZoneId zone) {
		return Clock.system(zone);
	}

}
