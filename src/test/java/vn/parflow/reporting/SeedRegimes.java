package vn.parflow.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.parflow.schedule.PlanPeriod;
import vn.parflow.schedule.ReportingRule;
import vn.parflow.schedule.ReportingRule.QuarterlyRule;
import vn.parflow.schedule.ReportingRule.ReportDate;
import vn.parflow.schedule.ReportingRule.YearlyRule;

/** The reporting regimes of the five seed plans, as config/plans/reporting-rules.yaml writes them, and their periods. */
final class SeedRegimes {

	static final Path FILE = Path.of("config/plans/reporting-rules.yaml");

	/** Plan code → plan period, from the seeds' titles. */
	static final Map<String, PlanPeriod> PERIODS = Map.of(
			"VIETKHE-2025-H2", new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
			"LELOI-2025", PlanPeriod.year(2025),
			"ANHSON-2025", PlanPeriod.year(2025),
			"THAITAN-2025-H2", new PlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
			"VINHBAO-2026", PlanPeriod.year(2026));

	private SeedRegimes() {
	}

	static List<ReportingRule> rules(String planCode) {
		JsonNode plan;
		try {
			plan = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile()).get(planCode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ReportingRule> rules = new ArrayList<>();
		for (JsonNode rule : plan.get("reportingRules")) {
			JsonNode quarterly = rule.get("quarterly");
			JsonNode yearly = rule.get("yearly");
			List<ReportDate> dates = new ArrayList<>();
			if (rule.hasNonNull("dates")) {
				for (JsonNode date : rule.get("dates")) {
					dates.add(new ReportDate(date.get("label").asText(), monthDay(date.get("day").asText()),
							date.get("before").asBoolean()));
				}
			}
			rules.add(new ReportingRule(rule.get("report").asText(),
					quarterly == null || quarterly.isNull() ? null
							: new QuarterlyRule(quarterly.get("dayOfLastMonth").asInt(), quarterly.get("before").asBoolean()),
					yearly == null || yearly.isNull() ? null
							: new YearlyRule(monthDay(yearly.get("day").asText()), yearly.get("before").asBoolean()),
					dates, null, null));
		}
		return rules;
	}

	/** "10/12" → 10 December. */
	private static MonthDay monthDay(String dayMonth) {
		String[] parts = dayMonth.split("/");
		return MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
	}

}
