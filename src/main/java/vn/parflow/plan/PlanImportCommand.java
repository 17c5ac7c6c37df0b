package vn.parflow.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.parflow.plan.PlanImportReport.Outcome;
import vn.parflow.plan.PlanImportReport.Problem;
import vn.parflow.plan.PlanImportService.ImportRequest;

/**
 * The administrators' command line: {@code java -jar parflow.jar import FILE [--code=CODE] [--dry-run] [--replace]}
 * imports a plan into the configured database and prints the same report as the API.
 */
public final class PlanImportCommand {

	public static final String NAME = "import";

	private final PlanImportService importer;

	public PlanImportCommand(PlanImportService importer) {
		this.importer = importer;
	}

	/** Parses the arguments after "import"; null when they are not usable. */
	public static ImportArguments arguments(String[] args) {
		String file = null;
		String code = null;
		boolean dryRun = false;
		boolean replace = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--code=")) {
				code = arg.substring("--code=".length());
			}
			else if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.equals("--replace")) {
				replace = true;
			}
			else if (arg.startsWith("--")) {
				continue; // Spring Boot's own options (--spring.profiles.active=mysql)
			}
			else if (file == null) {
				file = arg;
			}
			else {
				return null;
			}
		}
		return file == null ? null : new ImportArguments(Path.of(file), code, dryRun, replace);
	}

	public record ImportArguments(Path file, String code, boolean dryRun, boolean replace) {
	}

	public static String usage() {
		return "Cách dùng: java -jar parflow.jar import TỆP [--code=MÃ] [--dry-run] [--replace]";
	}

	/** Runs the import and prints its report; returns the process exit code (0 stored or checked, 1 refused). */
	public int run(ImportArguments arguments, PrintStream out) {
		byte[] content;
		try {
			content = Files.readAllBytes(arguments.file());
		}
		catch (IOException ex) {
			out.println("Không đọc được tệp " + arguments.file() + ": " + ex.getMessage());
			return 1;
		}
		PlanImportReport report = importer.importPlan(new ImportRequest(arguments.file().getFileName().toString(),
				content, arguments.code(), arguments.dryRun(), arguments.replace(), System.getProperty("user.name")));
		print(report, out);
		return report.outcome() == Outcome.STORED || report.outcome() == Outcome.CHECKED ? 0 : 1;
	}

	static void print(PlanImportReport report, PrintStream out) {
		String verdict = switch (report.outcome()) {
			case STORED -> "ĐÃ NHẬP (bản nháp)";
			case CHECKED -> "HỢP LỆ (chạy thử, chưa lưu)";
			case INVALID -> "CÓ LỖI, không lưu gì";
			case CONFLICT -> "TRÙNG MÃ, không lưu gì";
		};
		out.printf("Kế hoạch %s: %s%n", report.planCode(), verdict);
		out.printf("  %s%n", report.title());
		out.printf("  Kỳ kế hoạch: %s – %s; %d nhiệm vụ; %d kỳ báo cáo%n", report.periodStart(), report.periodEnd(),
				report.taskCount(), report.reportDeadlines().size());
		for (PlanViews.TaskView task : report.tasks()) {
			out.printf("  %-7s %-24s %-12s %s%n", task.number(), task.lead() == null ? "?" : task.lead().name(),
					task.schedule() == null ? "" : task.schedule().kind(),
					task.schedule() == null ? "" : task.schedule().dueDates());
		}
		print("Lỗi", report.errors().size(), report.errors(), out);
		print("Cảnh báo", report.warnings().size(), report.warnings(), out);
	}

	private static void print(String heading, int count, Iterable<Problem> problems, PrintStream out) {
		out.printf("%s: %d%n", heading, count);
		for (Problem problem : problems) {
			StringBuilder where = new StringBuilder("  ");
			if (problem.row() != null) {
				where.append("dòng ").append(problem.row()).append(", ");
			}
			if (problem.column() != null) {
				where.append("cột ").append(problem.column()).append(": ");
			}
			out.println(where + problem.message());
		}
	}

}
