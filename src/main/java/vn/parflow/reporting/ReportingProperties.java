package vn.parflow.reporting;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report cycles ({@code parflow.reporting.*}).
 *
 * @param openDaysBefore       a cycle opens this many days before the report's deadline (never before the plan
 *                             period starts)
 * @param openAt               the time of day, in the plans' time zone, at which a cycle opens
 * @param unitReportDaysBefore each unit's part is due this many days before the report's deadline, so that the
 *                             coordinating office has time to consolidate
 * @param dueAt                the time of day a task of the cycle is due on its due day (end of the office day)
 * @param template             the Word template of the consolidated report (placeholders in
 *                             config/templates/README.md); when the file is missing the built-in template is used
 * @param signerTitle          the title above the signature ("CHỦ TỊCH"); the name is the approving leader's
 */
@ConfigurationProperties("parflow.reporting")
record ReportingProperties(@DefaultValue("10") int openDaysBefore, @DefaultValue("07:00") LocalTime openAt,
		@DefaultValue("2") int unitReportDaysBefore, @DefaultValue("17:00") LocalTime dueAt,
		@DefaultValue("config/templates/bao-cao-cchc.docx") Path template, @DefaultValue("CHỦ TỊCH") String signerTitle) {

	ReportingProperties {
		if (openDaysBefore < 0 || unitReportDaysBefore < 0) {
			throw new IllegalArgumentException(
					"parflow.reporting.open-days-before và unit-report-days-before phải là số ngày không âm.");
		}
	}

}
