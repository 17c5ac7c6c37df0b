package vn.parflow.workflow;

import java.util.List;
import java.util.Map;

/** The demo directory's people, as the process tests need them. */
final class FakeUnitPeople extends UnitPeople {

	private static final Map<String, List<String>> HEADS = Map.of("vhxh", List.of("lan.vhxh"), "kinhte",
			List.of("thanh.kinhte"), "hcc", List.of("anh.hcc"), "ttdvc", List.of("son.ttdvc"));

	private static final Map<String, List<String>> STAFF = Map.of("vhxh", List.of("trang.vhxh", "tuan.vhxh"), "kinhte",
			List.of("hanh.kinhte", "viet.kinhte"), "hcc", List.of("long.hcc", "yen.hcc"), "ttdvc",
			List.of("huong.ttdvc"));

	private static final Map<String, String> NAMES = Map.of("tuan.vhxh", "Phạm Minh Tuấn", "lan.vhxh",
			"Nguyễn Thị Lan", "thang.ct", "Nguyễn Văn Thắng", "hanh.kinhte", "Ngô Thị Hạnh");

	FakeUnitPeople() {
		super(null);
	}

	@Override
	List<String> heads(String unitCode) {
		return HEADS.getOrDefault(unitCode, List.of());
	}

	@Override
	List<String> everyone(String unitCode) {
		return java.util.stream.Stream.concat(heads(unitCode).stream(), STAFF.getOrDefault(unitCode, List.of()).stream())
			.sorted()
			.toList();
	}

	@Override
	List<String> officers(String unitCode) {
		List<String> staff = STAFF.getOrDefault(unitCode, List.of());
		return staff.isEmpty() ? everyone(unitCode) : staff;
	}

	@Override
	List<String> approvers() {
		return List.of("hong.pct", "thang.ct");
	}

	@Override
	List<String> planAdmins() {
		return List.of("admin");
	}

	@Override
	String name(String username) {
		return NAMES.getOrDefault(username, username);
	}

	@Override
	String unitName(String unitCode) {
		return "Phòng " + unitCode;
	}

	@Override
	boolean worksIn(String username, String unitCode) {
		return everyone(unitCode).contains(username);
	}

}
