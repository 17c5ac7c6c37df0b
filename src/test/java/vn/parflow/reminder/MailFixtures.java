package vn.parflow.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.parflow.plan.PlanImportReport;
import vn.parflow.plan.PlanImportService;
import vn.parflow.plan.PlanImportService.ImportRequest;
import vn.parflow.plan.PlanLifecycle;
import vn.parflow.plan.PlanQueries;
import vn.parflow.plan.PlanStatus;

/**
 * What the reminder tests share: a small active plan, reading GreenMail's mail, and an outbox on its own in-memory
 * H2 with a dispatcher pointed at a given SMTP port.
 */
final class MailFixtures {

	static final String REPORT = "Báo cáo công tác cải cách hành chính";

	private MailFixtures() {
	}

	/** The outbox table on a fresh in-memory H2 database, migrated as the product migrates it. */
	static OutboxStore outboxOnH2(String name) {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(database).locations("classpath:db/migration/h2").load().migrate();
		return new OutboxStore(new JdbcTemplate(database));
	}

	/**
	 * A dispatcher sending {@code store}'s mail to the SMTP server at {@code port}, waiting {@code timeoutMillis} for
	 * its replies, {@code batchSize} mails a round; back-off 1, 5, 15 minutes, 10 attempts, claims held 15 minutes.
	 */
	static MailDispatcher dispatcher(OutboxStore store, Clock clock, int port, int timeoutMillis, int batchSize) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
		sender.setJavaMailProperties(properties);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new MailDispatcher(beans.getBeanProvider(JavaMailSender.class), store,
				new OutboxProperties("Parflow <nhacviec@vietkhe.gov.vn>", 10,
						List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)), Duration.ofMinutes(1),
						batchSize, Duration.ofMinutes(15), false),
				clock);
	}

	/**
	 * A two-task plan led by Phòng Văn hóa – Xã hội (task 1) and Văn phòng HĐND và UBND xã (task 2), coordinated by
	 * Phòng Văn hóa – Xã hội, whose reports fall due 7 days ("Báo cáo quý I") and 10 days ("Báo cáo năm") after
	 * {@code today}; imported and activated once per database.
	 */
	static void activePlan(String code, LocalDate today, PlanQueries queries, PlanImportService importer,
			PlanLifecycle lifecycle) {
		if (!queries.exists(code)) {
			LocalDate first = today.plusDays(7);
			LocalDate second = today.plusDays(10);
			String yaml = """
					code: %s
					title: Kế hoạch thử thư nhắc việc của Parflow
					issuingBody: Ủy ban nhân dân xã Thử
					locality: xã Thử
					periodStart: %s
					periodEnd: %s
					decisionNumber: null
					decisionDate: null
					coordinatingUnit: Phòng Văn hóa – Xã hội
					reportingRules:
					  - report: %s
					    dates:
					      - {label: Báo cáo quý I, day: "%d/%d"}
					      - {label: Báo cáo năm, day: "%d/%d"}
					    recipient: Sở Nội vụ
					    source: null
					tasks:
					  - number: "1"
					    area: CHI_DAO_DIEU_HANH
					    content: Kiểm tra thư nhắc việc của Parflow
					    lead: Phòng Văn hóa – Xã hội
					    coordinating: []
					    time: Thường xuyên
					    deliverables: [Báo cáo kiểm tra]
					    notes: null
					  - number: "2"
					    area: CHI_DAO_DIEU_HANH
					    content: Tổng hợp ý kiến về thư nhắc việc
					    lead: Văn phòng HĐND và UBND xã
					    coordinating: []
					    time: Thường xuyên
					    deliverables: [Bản tổng hợp ý kiến]
					    notes: null
					""".formatted(code, today.minusDays(1), second.plusDays(5), REPORT, first.getDayOfMonth(),
					first.getMonthValue(), second.getDayOfMonth(), second.getMonthValue());
			PlanImportReport report = importer.importPlan(new ImportRequest("thu-nhac-viec.yaml",
					yaml.getBytes(StandardCharsets.UTF_8), code, false, false, "it"));
			if (!report.stored()) {
				throw new IllegalStateException("the reminder ITs' plan was not stored: " + report.errors());
			}
		}
		if (queries.plan(code).orElseThrow().status() != PlanStatus.ACTIVE) {
			lifecycle.activate(code);
		}
	}

	/** The mail GreenMail received for these outbox rows. */
	static List<MimeMessage> received(GreenMailExtension greenMail, Set<Long> outboxIds) throws MessagingException {
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			String[] id = message.getHeader(MailDispatcher.OUTBOX_ID_HEADER);
			if (id != null && Arrays.stream(id).anyMatch(value -> outboxIds.contains(Long.valueOf(value.strip())))) {
				mine.add(message);
			}
		}
		return mine;
	}

	static long outboxId(MimeMessage message) throws MessagingException {
		return Long.parseLong(message.getHeader(MailDispatcher.OUTBOX_ID_HEADER)[0].strip());
	}

	/** The decoded text of the first part of the given type ("text/plain", "text/html"), with \n line ends. */
	static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && part.getContent() instanceof String text) {
			return text.replace("\r\n", "\n");
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = part(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
