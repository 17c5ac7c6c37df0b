package vn.parflow.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.parflow.api.BodyExample;

/**
 * Reads one time phrase against a plan period, so that an administrator (or the plan import screen) can check how
 * a cell will be read before a plan is loaded.
 *
 * <pre>
 * POST /api/schedule/parse {"phrase": "Quý III, IV/2025", "periodStart": "2025-07-01", "periodEnd": "2025-12-31"}
 * → {"kind": "ONE_OFF", "dueDates": ["2025-12-31"], "labels": [null], "note": null, "reason": null}
 * </pre>
 * Bad input (no phrase, a date that is not yyyy-MM-dd, an end before the start, a body that is not JSON) is answered
 * with HTTP 400 and a Vietnamese problem ({@link vn.parflow.api.Problems}).
 * <p>
 * A reporting sentence of a plan's body is tried the same way:
 * <pre>
 * POST /api/schedule/rule {"sentence": "Báo cáo năm gửi trước ngày 10/01 của năm liền kề năm báo cáo",
 *                          "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}
 * → {"rules": [{…, "yearly": {"day": "--01-10", "before": true, "nextYear": true}}], "unread": [],
 *    "reportDeadlines": [{"report": "Báo cáo định kỳ", "period": "Năm 2026", "due": "2027-01-09"}]}
 * </pre>
 * The period is optional; without it no deadlines are listed.
 */
@RestController
@RequestMapping("/api/schedule")
class ScheduleController {

	private final DeadlineParser parser;

	private final ReportingRuleParser rules;

	private final ReportCalendar calendar;

	ScheduleController(DeadlineParser parser, ReportingRuleParser rules, ReportCalendar calendar) {
		this.parser = parser;
		this.rules = rules;
		this.calendar = calendar;
	}

	@PostMapping("/rule")
	@BodyExample("{\"sentence\": \"Báo cáo quý gửi trước ngày 10 tháng cuối quý\", \"periodStart\": \"2026-01-01\", "
			+ "\"periodEnd\": \"2026-12-31\"}")
	RuleResponse rule(@RequestBody RuleRequest request) {
		if (request.sentence() == null || request.sentence().isBlank()) {
			throw new BadRequest("Thiếu câu về chế độ báo cáo (sentence), ví dụ \"Báo cáo quý gửi trước ngày 10 tháng cuối "
					+ "quý, báo cáo năm gửi trước ngày 10/12\".");
		}
		ReportingRuleParser.ParsedRules parsed = rules.parseSentence(request.sentence().strip());
		List<ReportDeadline> deadlines = List.of();
		if (request.periodStart() != null || request.periodEnd() != null) {
			LocalDate start = date(request.periodStart(), "periodStart", "ngày bắt đầu kỳ kế hoạch");
			LocalDate end = date(request.periodEnd(), "periodEnd", "ngày kết thúc kỳ kế hoạch");
			if (end.isBefore(start)) {
				throw new BadRequest("Ngày kết thúc kỳ kế hoạch (periodEnd = " + end
						+ ") đứng trước ngày bắt đầu (periodStart = " + start + ").");
			}
			try {
				deadlines = calendar.expand(parsed.rules(), new PlanPeriod(start, end));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequest(ex.getMessage());
			}
		}
		return new RuleResponse(parsed.rules(), parsed.unread(), deadlines);
	}

	@PostMapping("/parse")
	@BodyExample("{\"phrase\": \"…\", \"periodStart\": \"2025-07-01\", \"periodEnd\": \"2025-12-31\"}")
	ParseResponse parse(@RequestBody ParseRequest request) {
		if (request.phrase() == null || request.phrase().isBlank()) {
			throw new BadRequest("Thiếu cụm từ thời gian (phrase), ví dụ \"Quý III, IV/2025\".");
		}
		LocalDate start = date(request.periodStart(), "periodStart", "ngày bắt đầu kỳ kế hoạch");
		LocalDate end = date(request.periodEnd(), "periodEnd", "ngày kết thúc kỳ kế hoạch");
		if (end.isBefore(start)) {
			throw new BadRequest("Ngày kết thúc kỳ kế hoạch (periodEnd = " + end + ") đứng trước ngày bắt đầu (periodStart = "
					+ start + ").");
		}
		Schedule schedule = parser.parse(request.phrase(), new PlanPeriod(start, end));
		return new ParseResponse(schedule.kind().name(), schedule.dueDates(), schedule.labels(), schedule.note(),
				schedule.reason());
	}

	private static LocalDate date(String value, String field, String meaning) {
		if (value == null || value.isBlank()) {
			throw new BadRequest("Thiếu " + meaning + " (" + field + "), dạng năm-tháng-ngày, ví dụ 2025-07-01.");
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest("Giá trị \"" + value + "\" của " + meaning + " (" + field
					+ ") không phải một ngày có thật dạng năm-tháng-ngày, ví dụ 2025-07-01.");
		}
	}

	/** The request: the phrase as written and the plan period as ISO dates (strings, so that a bad date gets our message). */
	record ParseRequest(String phrase, String periodStart, String periodEnd) {
	}

	/** A reporting sentence as written, and optionally the plan period (ISO dates) to expand it in. */
	record RuleRequest(String sentence, String periodStart, String periodEnd) {
	}

	/** The rules read (none when unread), the sentence when it could not be read, the report deadlines in the period. */
	record RuleResponse(List<ReportingRule> rules, List<String> unread, List<ReportDeadline> reportDeadlines) {
	}

	/** The reading: kind, due dates (ISO), one label per date (may be null), the rest of the cell, the reason if unread. */
	record ParseResponse(String kind, List<LocalDate> dueDates, List<String> labels, String note, String reason) {
	}

	/** Bad input, answered 400 with the message as the problem's detail. */
	private static final class BadRequest extends ErrorResponseException {

		BadRequest(String message) {
			super(HttpStatus.BAD_REQUEST);
			getBody().setDetail(message);
		}

	}

}
