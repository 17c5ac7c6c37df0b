package vn.parflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parflow.plan.internal.ReportingRulesConverter;
import vn.parflow.schedule.ReportingRule.DataPeriod;
import vn.parflow.schedule.ReportingRule.MonthlyRule;
import vn.parflow.schedule.ReportingRule.YearlyRule;
import vn.parflow.schedule.ReportingRule;

class ReportingRulesConverterTest {

	final ReportingRulesConverter converter = new ReportingRulesConverter();

	@Test
	void shouldKeepMonthlyRulesNextYearDaysAndDataPeriods() {
		List<ReportingRule> rules = List.of(new ReportingRule("Báo cáo chuyển đổi số", null,
				new YearlyRule(MonthDay.of(1, 10), true, true), List.of(), "UBND huyện", "…",
				new MonthlyRule(15, true), List.of(new DataPeriod("Năm", MonthDay.of(12, 15), true, MonthDay.of(12, 14)))));

		assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(rules))).isEqualTo(rules);
	}

	@Test
	void shouldReadRulesStoredBeforeThoseFieldsExisted() {
		String stored = "[{\"report\":\"Báo cáo công tác cải cách hành chính\",\"quarterly\":{\"dayOfLastMonth\":10,"
				+ "\"before\":true},\"yearly\":{\"day\":\"--12-10\",\"before\":true},\"dates\":[],\"recipient\":\"Sở Nội vụ\","
				+ "\"source\":null}]";

		List<ReportingRule> rules = converter.convertToEntityAttribute(stored);

		assertThat(rules).singleElement().satisfies(rule -> {
			assertThat(rule.yearly()).isEqualTo(new YearlyRule(MonthDay.of(12, 10), true));
			assertThat(rule.monthly()).isNull();
			assertThat(rule.dataPeriods()).isEmpty();
		});
	}

}
