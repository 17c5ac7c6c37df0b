package vn.parflow.schedule;

/**
 * The "Tổ chức thực hiện" sections of the five seed plans (/work/shared/seeds), where each plan writes its reporting
 * regime among sentences about other duties. Kept here so the tests do not depend on files outside the project.
 */
final class SeedBodies {

	/** Seed 000 (Việt Khê, 6 tháng cuối năm 2025): the "Tổ chức thực hiện" section as extracted, blank lines dropped. */
	static final String VIET_KHE_2025_H2 = """
			V. TỔ CHỨC THỰC HIỆN
			8. Trách nhiệm chung
			Căn cứ các nhiệm vụ, công việc và chỉ tiêu cụ thể được xác định tại Kế
			hoạch này, Trưởng các phòng, ban, ngành tập trung chỉ đạo, quán triệt, tổ chức
			triển khai, kiểm tra thực hiện đạt hiệu quả, đúng tiến độ đề ra.
			Ngoài các nội dung, nhiệm vụ tại Kế hoạch này, các phòng ban chủ động,
			mạnh dạn đề xuất thực hiện thí điểm những mô hình, giải pháp, sáng kiến hiệu
			quả, có tính khả thi và phương thức chỉ đạo, điều hành công tác cải cách hành
			chính bằng những việc làm cụ thể, có tính đột phá để đạt hiệu quả thực chất.
			Trưởng các phòng chuyên môn, các đơn vị có liên quan chỉ đạo thực hiện
			nghiêm chế độ thông tin báo cáo kết quả tham mưu, thực hiện công tác cải cách
			hành chính theo định kỳ ( Báo cáo quý, báo cáo 6 tháng gửi trước ngày 10 tháng
			cuối của quý, báo cáo năm gửi trước ngày 10/12) về Sở Nội vụ để tổng hợp, báo
			cáo UBND thành phố và Bộ Nội vụ.
			Các phòng chuyên môn được giao chủ trì thực hiện các nhiệm vụ cụ thể
			trong Danh mục nhiệm vụ kèm theo Kế hoạch này xây dựng dự trù chi tiết kinh
			phí thực hiện các nhiệm vụ và gửi Ủy ban nhân dân xã trước ngày 25/01/2025 để
			thẩm định, trình Ủy ban nhân dân thành phố quyết định phân bổ (chỉ đối với các
			nhiệm vụ sử dụng kinh phí từ nguồn kinh phí cải cách hành chính năm 2025 của
			địa phương).
			9. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan
			a, Phòng Văn hoá - Xã hội:
			Tham mưu Chủ tịch UBND xã, Trưởng Ban Chỉ đạo cải cách hành chính,
			chuyển đối số và Đề án 06 của địa phương (sau đây gọi là Ban Chỉ đạo) hướng
			dẫn, đôn đốc, theo dõi, kiểm tra việc triển khai thực hiện Kế hoạch này tại phòng
			ban; tổng hợp, báo cáo kết quả thực hiện với Ủy ban nhân dân thành phố và Sở
			Nội vụ theo quy định.
			Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức thực hiện các
			nội dung về chỉ đạo, điều hành; cải cách tổ chức bộ máy hành chính nhà nước;
			cải cách chế độ công vụ.
			Chủ trì, phối hợp với các đơn vị liên quan tham mưu, thực hiện các nội
			dung: thông tin, tuyên truyền về cải cách hành chính; xây dựng và phát triển
			chính quyền điện tử, chính quyền số.
			Tham mưu các biện pháp, giải pháp cải thiện, nâng cao xếp hạnh Chỉ số sẵn
			sàng cho phát triển và ứng dụng công nghệ thông tin của xã, Chỉ số chuyển đổi số.
			Thẩm định về nội dung dự trù chi tiết kinh phí thực hiện các nhiệm vụ sử
			dụng nguồn kinh phí cải cách hành chính năm 2025 của địa phương.
			b, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã:
			Phối hợp với Phòng Văn hoá - Xã hội tham mưu, đề xuất Chủ tịch Ủy ban
			nhân dân xã, Trưởng ban Chỉ đạo ban hành các văn bản đôn đốc, chỉ đạo các cấp,
			các ngành thực hiện công tác cải cách hành chính đạt hiệu quả.
			Chủ trì, phối hợp với các cơ quan có liên quan tham mưu, thực hiện các nội
			dung; cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông,
			cải cách thể chế.
			Tham mưu theo dõi, đôn đốc, chỉ đạo thực hiện các nhiệm vụ Ủy ban nhân
			dân xã được Ủy ban nhân dân thành phố, Chủ tịch ủy ban nhân dân thành phố
			giao; theo dõi đôn đốc thực hiện nhiệm vụ Ủy ban nhân dân xã giao các phòng
			chuyên môn và các cơ quan đơn vị liên quan.
			c, Phòng Kinh tế
			Chủ trì, phối hợp với các đơn vị có liên quan tổ chức tham mưu, thực hiện
			các nội dung về cải cách tài chính công.
			Chủ trì, phối hợp với Phòng Văn hoá - Xã hội, Văn phòng Hội đồng nhân
			dân và Ủy ban nhân dân trình Ủy ban nhân dân xã phê duyệt kinh phí thực hiện
			nhiệm vụ cải cách hành chính năm 2025 của xã.
			Theo dõi, tổng hợp và kiểm tra việc sử dụng kinh phí cải cách hành chính
			của cơ quan, đơn vị.
			Chủ trì, phối hợp với các đơn vị có liên quan tiếp tục triển khai áp dụng, duy
			trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO
			9001:2015 vào hoạt động của các phòng ban và thí điểm áp dụng tiêu chuẩn
			TCVN ISO 18091-2020 tại chính quyền địa phương của xã.
			d, Các cơ quan, đơn vị được giao nhiệm vụ trong danh mục nhiệm vụ cụ thể
			kèm theo Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân xã; tập
			trung tham mưu, thực hiện đảm bảo chất lượng, tiến độ các nhiệm vụ được giao chủ
			trì; kịp thời báo cáo đề xuất Ủy ban nhân dân xã nếu có khó khăn, vướng mắc.
			e, Đài phát thanh, Cổng thông tin điện tử xã:
			Đổi mới nâng cao chất lượng chuyên mục, chuyên trang cải cách hành chính
			bảo đảm tính tương tác, phản hồi ý kiến của người dân, doanh nghiệp, các cơ
			quan, tổ chức về công tác cải cách hành chính.
			g, Các thành viên ban Chỉ đạo triển khai các nội dung liên quan do đơn vị
			mình phụ trách.
			h, Đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, các
			cơ quan báo chí, truyền thông, người dân, tổ chức và doanh nghiệp xã tích cực
			tham gia, giám sát thực hiện công tác cải cách hành chính của xã.
			Trên đây là Kế hoạch của Ủy ban nhân dân xã về việc thực hiện cải cách
			hành chính trên địa bàn xã 6 tháng cuối năm 2025. Trong quá trình tổ chức thực
			hiện Kế hoạch này, nếu phát sinh các nội dung, nhiệm vụ cần sửa đổi, bổ sung;
			các phòng chuyên môn, cơ quan có liên quan báo cáo Ủy ban nhân dân xã (qua
			phòng Văn hoá - Xã hội) để tổng hợp chung xem xét, quyết định./.
			""";

	/** Seed 001 (Lê Lợi, năm 2025): the "Tổ chức thực hiện" section as extracted, blank lines dropped. */
	static final String LE_LOI_2025 = """
			V. TỔ CHỨC THỰC HIỆN
			1. Trách nhiệm chung
			1.1. Căn cứ các nhiệm vụ, công việc và chỉ tiêu cụ thể được xác định tại
			Kế hoạch này, lãnh đạo Ủy ban nhân dân phường tập trung chỉ đạo, quán triệt, tổ
			chức triển khai, kiểm tra thực hiện đạt hiệu quả, đúng tiến độ đề ra.
			1.2. Ngoài các nội dung, nhiệm vụ tại Kế hoạch này, các ngành chủ động,
			mạnh dạn đề xuất thực hiện hoặc thí điểm thực hiện những mô hình, giải pháp,
			sáng kiến hiệu quả, có tính khả thi và phương thức chỉ đạo, điều hành công tác
			cải cách hành chính bằng những việc làm cụ thể, có tính đột phá để đạt hiệu quả
			thực chất.
			1.3. Công chức các ngành có liên quan thực hiện nghiêm chế độ thông tin
			báo cáo kết quả tham mưu, thực hiện công tác cải cách hành chính theo định kỳ
			(báo cáo Quý, báo cáo 6 tháng gửi trước ngày 01 tháng cuối của quý, báo cáo
			năm gửi trước ngày 01/12) để Công chức Văn phòng - thống kê để tổng hợp,
			báo cáo Ủy ban nhân dân phường, Ủy ban nhân dân quận.
			2. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan
			2.1. Công chức Văn phòng - Thống kê:
			- Tham mưu Chủ tịch Ủy ban nhân dân phường hướng dẫn, đôn đốc, theo
			dõi, kiểm tra việc triển khai thực hiện Kế hoạch này tại các cơ quan, đơn vị, địa
			phương; tổng hợp, báo cáo kết quả thực hiện với Ủy ban nhân dân quận theo
			quy định.
			- Chủ trì, phối hợp với các ngành có liên quan tổ chức thực hiện các nội
			dung về chỉ đạo, điều hành; cải cách tổ chức bộ máy hành chính nhà nước; cải
			cách chế độ công vụ.
			- Phối hợp với công chức Tài chính - kế toán trình Ủy ban nhân dân
			phường phê duyệt kinh phí thực hiện công tác cải cách hành chính năm 2025
			của phường.
			- Tham mưu, đề xuất Chủ tịch Ủy ban nhân dân phường ban hành các văn
			bản để đôn đốc, chỉ đạo các ngành thực hiện công tác cải cách hành chính đạt
			hiệu quả.
			- Chủ trì, phối hợp với các ngành có liên quan tham mưu, thực hiện các
			nội dung: cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên
			thông.
			- Tham mưu theo dõi, đôn đốc, chỉ đạo thực hiện các nhiệm vụ Ủy ban
			nhân dân phường được Ủy ban nhân dân quận, Chủ tịch Ủy ban nhân dân quận
			giao; theo dõi đôn đốc thực hiện nhiệm vụ Ủy ban nhân dân quận giao các cơ
			quan, đơn vị, địa phương.
			2.3. Công chức Tư pháp - Hộ tịch:
			- Chủ trì, phối hợp với các ngành có liên quan tham mưu, thực hiện các
			nội dung về cải cách thể chế.
			- Tham mưu, đề xuất Ủy ban nhân dân phường tổ chức thực hiện có hiệu
			quả công tác quản lý nhà nước về giải quyết đơn, thư khiếu nại, tố cáo theo quy
			định.
			2.4. Công chức Văn hóa - Xã hội:
			- Chủ trì, phối hợp với các ngành có liên quan tham mưu, thực hiện các
			nội dung: thông tin, tuyên truyền về cải cách hành chính; xây dựng và phát triển
			chính quyền điện tử, chính quyền số.
			- Tham mưu các biện pháp, giải pháp cải thiện, nâng cao xếp hạng Chỉ số
			chuyển đổi số.
			- Đổi mới, nâng cao chất lượng chuyên trang, chuyên mục cải cách hành
			chính bảo đảm tính tương tác, phản hồi ý kiến của người dân, doanh nghiệp, các
			cơ quan, tổ chức về công tác cải cách hành chính.
			- Kịp thời đưa các tin, bài, ý kiến của người dân, tổ chức về thực hiện cải
			cách hành chính tại các cơ quan, đơn vị, địa phương; đồng thời nêu gương điển
			hình, những mô hình, sáng kiến, cách làm hiệu quả, thiết thực phục vụ người
			dân, tổ chức và doanh nghiệp; phản ánh về các tổ chức, cá nhân chưa nghiêm túc
			trong thực hiện công tác cải cách hành chính (nếu có).
			2.5. Công chức Tài chính - Kế toán:
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức tham
			mưu, thực hiện các nội dung về cải cách tài chính công.
			- Chủ trì, phối hợp với Công chức Văn phòng - thống kê trình Ủy ban
			nhân dân phường phê duyệt kinh phí thực hiện nhiệm vụ cải cách hành chính
			năm 2025 của phường.
			2.9. Các ngành được giao các nhiệm vụ trong danh mục nhiệm vụ cụ thể
			kèm theo Kế hoạch cải cách hành chính năm 2025 của Ủy ban nhân dân
			phường: tập trung tham mưu, thực hiện đảm bảo chất lượng, tiến độ các nhiệm
			vụ được giao chủ trì; kịp thời báo cáo đề xuất Ủy ban nhân dân phường (qua
			công chức Văn phòng - Thống kê) nếu có khó khăn, vướng mắc.
			3. Đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội,
			các cơ quan báo chí, truyền thông, người dân, tổ chức và doanh nghiệp trên địa
			bàn phường tích cực tham gia, giám sát thực hiện công tác cải cách hành chính
			của quận.
			Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh các nội
			dung, nhiệm vụ cần sửa đổi, bổ sung đề nghị các cơ quan, đơn vị, địa phương báo
			cáo Ủy ban nhân dân phường (qua công chức Văn phòng - Thống kê) xem xét,
			quyết định./.
			""";

	/** Seed 002 (Anh Sơn, năm 2025): the "Tổ chức thực hiện" section as extracted, blank lines dropped. */
	static final String ANH_SON_2025 = """
			IV. TỔ CHỨC THỰC HIỆN
			1. Đối với Ủy ban nhân dân xã
			- Có trách nhiệm tiếp nhận, giải quyết các phản ánh của tổ chức, công dân và
			giải trình với cấp thẩm quyền về việc thực hiện TTHC chưa tốt thuộc lĩnh vực và địa
			phương.
			- Triển khai thực hiện các nội dung Kế hoạch cải cách hành chính đến toàn thể
			cán bộ, công chức, người hoạt động không chuyên trách xã và thôn để tổ chức thực
			hiện. Định kỳ báo cáo tình hình, kết quả thực hiện cải cách hành chính tại xã về
			UBND thị xã.
			2. Công chức Tư pháp - Hộ tịch
			Chịu trách nhiệm chủ trì nội dung cải cách thể chế, xây dựng kế hoạch rà soát
			các văn bản quy phạm pháp luật của xã đã ban hành và tiếp tục thực hiện tốt quy trình
			xây dựng và ban hành văn bản quy phạm pháp luật. Định kỳ hàng quý có văn bản báo
			cáo UBND xã kết quả xây dựng và rà soát văn bản quy phạm pháp luật trên địa bàn
			xã; phát hiện kịp thời những văn bản ban hành không phù hợp với quy định của pháp
			luật hoặc không phù hợp với thực tiễn, gây khó khăn cho sinh hoạt, đời sống của nhân
			dân để kịp thời kiến nghị bãi bỏ, điều chỉnh, bổ sung.
			3. Công chức Văn hóa - Xã hội, Đài truyền thanh xã
			- Chịu trách nhiệm xây dựng kế hoạch và tổ chức tuyên truyền cải cách hành
			chính bằng các hình thức thích hợp, nhất là tuyên truyền trên hệ thống đài truyền
			thanh xã và tuyên truyền trên Trang thông tin điện tử xã.
			- Thường xuyên cải tiến và nâng cao chất lượng chuyên tuyên truyền; kịp thời
			đưa tin tức, ý kiến của người dân về cải cách hành chính; nêu gương điển hình trong
			thực hiện công tác cải cách hành chính trên địa bàn xã.
			4. Công chức Tài chính - Kế toán
			- Tham mưu cho Uỷ ban nhân dân xã xây dựng quy chế chi tiêu nội bộ, thực
			hiện tốt công tác quản lý, mua sắm tài sản công đúng quy định, chú trọng công tác
			thực hành tiết kiệm chi, tăng thu nhập đối với cán bộ, công chức xã. Chịu trách
			nhiệm về công tác cải cách tài chính công.
			- Tham mưu cho UBND xã bố trí kinh phí hợp lý cho hoạt động cải cách hành
			chính, kiểm soát thủ tục hành chính của địa phương theo quy định.
			5. Công chức Văn phòng - Thống kê
			- Tham mưu cho Uỷ ban nhân dân xã xây dựng kế hoạch đề nghị cử đào tạo,
			bồi dưỡng cán bộ, công chức, người hoạt động không chuyên trách, tham mưu thực
			hiện tốt công tác đánh giá cán bộ, công chức, cán bộ không chuyên trách theo quy
			định.
			- Tham mưu cho Uỷ ban nhân dân xã trong công tác tự kiểm tra cải cách hành
			chính, nhắc nhở đôn đốc các công chức chuyên môn thực hiện tốt công tác công khai
			thủ tục hành chính theo quy định.
			- Sử dụng có hiệu quả phần mềm quản lý văn bản tại UBND xã.
			6. Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính
			- Công chức tại Bộ phận tiếp nhận và trả kết quả phải thường xuyên gắn việc
			thực hiện chuyên môn với trách nhiệm cải cách thủ tục hành chính và kiểm soát thủ
			tục hành chính.
			- Cập nhật niêm yết công khai tất cả các thủ tục hành chính mới ban hành, được
			sửa đổi, bổ sung hoặc thay thế thủ tục bị hủy bỏ hoặc bãi bỏ, hết hiệu lực thi hành
			thuộc thẩm quyền giải quyết của UBND xã Anh Sơn.
			Kế hoạch được đính kèm phụ lục phân công trách nhiệm triển khai thực
			hiện các nhiệm vụ cải cách hành chính năm 2025, yêu cầu các cán bộ, công chức,
			cán bộ không chuyên trách căn cứ và chức năng, nhiệm vụ được giao nghiêm túc
			triển khai thực hiện./.
			Nơi nhận:
			- UBND thị xã Nghi Sơn;
			- Ban Thường vụ Đảng  ủy;
			- Thường trực HĐND xã;
			- Các thành viên UBND xã;
			- Chủ tịch UBMTTQ, trưởng các đoàn thể;
			- Cán bộ, công chức xã;
			- Cán bộ không chuyên trách xã và thôn;
			- Lưu: VT.
			TM. ỦY BAN NHÂN DÂN
			CHỦ TỊCH
			Lê Như Hùng
			""";

	/** Seed 003 (Thái Tân, 6 tháng cuối năm 2025): the "Tổ chức thực hiện" section as extracted, blank lines dropped. */
	static final String THAI_TAN_2025_H2 = """
			IV. TỔ CHỨC THỰC HIỆN
			1. Trách nhiệm chung
			a. Căn cứ các nhiệm vụ, công việc và chỉ tiêu cụ thể được xác định tại Kế hoạch này, Thủ trưởng các cơ quan chuyên môn, đơn vị tập trung chỉ đạo, quán triệt, tổ chức triển khai, kiểm tra thực hiện đạt hiệu quả, đúng tiến độ đề ra.
			b. Ngoài các nội dung, nhiệm vụ tại Kế hoạch này, các cơ quan, đơn vị chủ động, mạnh dạn đề xuất thực hiện hoặc thí điểm thực hiện những mô hình, giải pháp, sáng kiến hiệu quả, có tính khả thi và phương thức chỉ đạo, điều hành công tác cải cách hành chính bằng những việc làm cụ thể, có tính đột phá để đạt hiệu quả thực chất.
			c. Thủ trưởng các cơ quan chuyên môn chỉ đạo thực hiện nghiêm chế độ thông tin báo cáo kết quả tham mưu, thực hiện công tác cải cách hành chính theo định kỳ (*báo cáo năm gửi trước ngày 10/12*) về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo Ủy ban nhân dân xã và Sở Nội vụ.
			d. Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã được giao chủ trì thực hiện các nhiệm vụ cụ thể trong Danh mục nhiệm vụ kèm theo Kế hoạch này xây dựng dự trù chi tiết kinh phí thực hiện các nhiệm vụ và gửi Phòng Kinh tế để thẩm định, trình Ủy ban nhân dân xã quyết định phân bổ (*chỉ đối với các nhiệm vụ sử dụng kinh phí từ nguồn kinh phí cải cách hành chính 6 tháng cuối năm 2025 của xã*).
			2. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan
			a. Phòng Văn hóa - Xã hội.
			- Tham mưu Chủ tịch Ủy ban nhân xã hướng dẫn, đôn đốc, theo dõi, kiểm tra việc triển khai thực hiện Kế hoạch này tại các cơ quan, đơn vị; tổng hợp, báo cáo kết quả thực hiện với Ủy ban nhân dân xã và Sở Nội vụ theo quy định.
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức thực hiện các nội dung về chỉ đạo, điều hành; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ.
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tiếp tục triển khai áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan chuyên môn xã.
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung: thông tin, tuyên truyền về cải cách hành chính; xây dựng và phát triển chính quyền điện tử, chính quyền số.
			- Phối hợp Phòng Kinh tế thẩm định về nội dung dự trù chi tiết kinh phí thực hiện các nhiệm vụ sử dụng nguồn kinh phí cải cách hành chính 6 tháng cuối năm 2025 của xã.
			b. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã:
			- Phối hợp với Phòng Văn hóa - Xã hội tham mưu, đề xuất Chủ tịch Ủy ban nhân dân xã ban hành các văn bản để đôn đốc, chỉ đạo thực hiện công tác cải cách hành chính đạt hiệu quả.
			- Tham mưu theo dõi, đôn đốc, chỉ đạo thực hiện các nhiệm vụ Ủy ban nhân dân xã được Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố giao; theo dõi đôn đốc thực hiện nhiệm vụ.
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung về cải cách thể chế.
			c. Phòng Kinh tế
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức tham mưu, thực hiện các nội dung về cải cách tài chính công.
			- Chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã trình Ủy ban nhân dân xã phê duyệt kinh phí thực hiện nhiệm vụ cải cách hành chính 6 tháng cuối năm 2025 của xã.
			- Chủ trì tham mưu Chủ tịch Ủy ban nhân dân xã theo dõi, đôn đốc và đề xuất các biện pháp, giải pháp để duy trì, cải thiện Chỉ số năng lực cạnh tranh cấp xã (DDCI).
			- Tham mưu Chủ tịch Ủy ban nhân dân xã chỉ đạo đổi mới, nâng cao hiệu quả việc tổ chức đối thoại định kỳ, đột xuất với doanh nghiệp.
			- Theo dõi, tổng hợp và kiểm tra việc sử dụng kinh phí cải cách hành chính của các cơ quan, đơn vị, địa phương.
			d. Trung tâm phục vụ hành chính công
			Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung: cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông; xây dựng chính quyền điện tử.
			đ. Các đơn vị được giao các nhiệm vụ trong danh mục nhiệm vụ cụ thể kèm theo Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 của Ủy ban nhân dân xã: tập trung tham mưu, thực hiện đảm bảo chất lượng, tiến độ các nhiệm vụ được giao chủ trì; kịp thời báo cáo đề xuất Ủy ban nhân dân xã nếu có khó khăn, vướng mắc.
			e. Trung tâm Văn hoá – Thể thao và truyền thông
			- Đổi mới, nâng cao chất lượng chuyên mục, chuyên trang cải cách hành chính bảo đảm tính tương tác, phản hồi ý kiến của người dân, doanh nghiệp, các cơ quan, tổ chức về công tác cải cách hành chính.
			- Kịp thời đưa các tin, bài, ý kiến của người dân, tổ chức về thực hiện cải cách hành chính tại các cơ quan, đơn vị; đồng thời nêu gương điển hình, những mô hình, sáng kiến, cách làm hiệu quả, thiết thực phục vụ người dân, tổ chức và doanh nghiệp; đồng thời phản ánh về các tổ chức, cá nhân chưa nghiêm túc trong thực hiện công tác cải cách hành chính.
			g) Đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội xã, các cơ quan truyền thông, người dân, tổ chức và doanh nghiệp tích cực tham gia, giám sát thực hiện công tác cải cách hành chính của xã.
			Trong quá trình tổ chức thực hiện Kế hoạch này, nếu phát sinh các nội dung, nhiệm vụ cần sửa đổi, bổ sung; các cơ quan, đơn vị báo cáo Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội để tổng hợp chung) xem xét, quyết định.
			Trên đây là Kế hoạch Cải cách hành chính nhà nước 6 tháng cuối năm 2025 của xã Thái Tân; yêu cầu Thủ trưởng các cơ quan, ban ngành, đoàn thể và các đơn vị có liên quan tổ chức triển khai thực hiện./
			Nơi nhận:
			- Sở Nội vụ TP;
			- TT Đảng ủy - TT HĐND xã;
			- Lãnh đạo UBND xã;
			- Các ban ngành đoàn thể xã;
			- CBCC xã;
			- Các đơn vị có liên quan;
			- Lưu: VP.
			- } Đề báo cáo
			**KT.CHỦ TỊCH
			PHÓ CHỦ TỊCH**
			Lê Quang Thành
			""";

	/** Seed 004 (Vĩnh Bảo, năm 2026): the "Tổ chức thực hiện" section as extracted, blank lines dropped. */
	static final String VINH_BAO_2026 = """
			IV. TỔ CHỨC THỰC HIỆN
			1. Trách nhiệm chung
			a) Căn cứ các nhiệm vụ, công việc và chỉ tiêu cụ thể được xác định tại Kế hoạch này, Thủ trưởng các cơ quan, đơn vị có liên quan triển khai Kế hoạch cải cách hành chính năm 2026; tập trung chỉ đạo, quán triệt, tổ chức triển khai, kiểm tra thực hiện đạt hiệu quả, đúng tiến độ đề ra.
			b) Ngoài các nội dung, nhiệm vụ tại Kế hoạch này, các cơ quan, đơn vị chủ động, mạnh dạn đề xuất thực hiện hoặc thí điểm thực hiện những mô hình, giải pháp, sáng kiến hiệu quả, có tính khả thi và phương thức chỉ đạo, điều hành công tác cải cách hành chính bằng những việc làm cụ thể, có tính đột phá để đạt hiệu quả thực chất.
			c) Thủ trưởng các cơ quan, đơn vị có liên quan chỉ đạo thực hiện nghiêm chế độ thông tin báo cáo kết quả tham mưu, thực hiện công tác cải cách hành chính theo định kỳ (**báo cáo Quý, báo cáo 6 tháng gửi trước ngày 03 tháng cuối của quý, báo cáo năm gửi trước ngày 03/12**) về Ủy ban nhân dân xã (**qua Phòng Văn hóa - Xã hội xã**) để tổng hợp, báo cáo Ủy ban nhân dân thành phố, Sở Nội vụ thành phố.
			2. Phân công trách nhiệm cụ thể của các cơ quan, đơn vị có liên quan
			a) Phòng Văn hóa - Xã hội xã
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức thực hiện các nội dung về chỉ đạo, điều hành; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; xây dựng và phát triển chính quyền điện tử, chính quyền số; thông tin, tuyên truyền về cải cách hành chính.
			- Chủ trì phối hợp với các cơ quan, đơn vị có liên quan tiếp tục triển khai áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của Ủy ban nhân dân xã.
			- Tổng hợp, báo cáo Sở Nội vụ thành phố kết quả thực hiện công tác cải cách hành chính xã theo quy định.
			b) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã
			- Phối hợp với Phòng Văn hóa - Xã hội xã tham mưu, đề xuất Chủ tịch Ủy ban nhân dân xã ban hành các văn bản để đôn đốc, chỉ đạo các cơ quan, đơn vị thực hiện công tác cải cách hành chính đạt hiệu quả.
			- Tham mưu theo dõi, đôn đốc, chỉ đạo thực hiện các nhiệm vụ Ủy ban nhân dân thành phố được Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố giao.
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung về cải cách thể chế.
			- Phối hợp với Phòng Văn hóa - Xã hội xã đẩy mạnh, tăng cường công tác thanh tra, kiểm tra trách nhiệm người đứng đầu các cơ quan, đơn vị trong việc thực hiện nhiệm vụ được giao theo quy định.
			c) Phòng Kinh tế xã
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức tham mưu, thực hiện các nội dung về cải cách tài chính công.
			- Tham mưu Chủ tịch Ủy ban nhân dân xã đổi mới, nâng cao hiệu quả việc tổ chức đối thoại định kỳ, đột xuất với doanh nghiệp.
			- Chủ trì, tham mưu bố trí kinh phí phục vụ nhiệm vụ cải cách hành chính năm 2026 và hướng dẫn các phòng, ban, đơn vị liên quan về việc lập và sử dụng kinh phí; theo dõi, tổng hợp và kiểm tra việc sử dụng kinh phí cải cách hành chính của các cơ quan, đơn vị đảm bảo theo quy định.
			d) Trung tâm phục vụ hành chính công xã
			- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, thực hiện các nội dung: cải cách thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông, xây dựng và phát triển chính quyền điện tử, chính quyền số.
			- Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính; nâng cao tỷ lệ hài lòng của Nhân dân và tổ chức.
			đ) Trung tâm dịch vụ sự nghiệp công xã, Cổng thông tin điện tử xã
			- + Trung tâm dịch vụ sự nghiệp công xã: Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu, đẩy mạnh công tác thông tin, tuyên truyền về cải cách hành chính.
			- + Trung tâm dịch vụ sự nghiệp công xã, Cổng thông tin điện tử xã:
			- Đổi mới, nâng cao chất lượng chuyên mục, bản tin cải cách hành chính bảo đảm tính tương tác, phản hồi ý kiến của người dân, doanh nghiệp, các cơ quan, tổ chức về công tác cải cách hành chính.
			- Kịp thời đưa các tin, bài, ý kiến của người dân, tổ chức về thực hiện cải cách hành chính tại các cơ quan, đơn vị; đồng thời nêu gương điển hình, những
			mô hình, sáng kiến, cách làm hiệu quả, thiết thực phục vụ người dân, tổ chức và doanh nghiệp; đồng thời phản ánh về các tổ chức, cá nhân chưa nghiêm túc trong thực hiện công tác cải cách hành chính.
			e) Các cơ quan, đơn vị được giao các nhiệm vụ trong danh mục nhiệm vụ cụ thể kèm theo Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã: tập trung tham mưu, thực hiện bảo đảm chất lượng, tiến độ các nhiệm vụ được giao chủ trì; kịp thời báo cáo đề xuất Ủy ban nhân dân xã nếu có khó khăn, vướng mắc.
			f) Các thành viên Ban chỉ đạo của xã về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 triển khai các nội dung liên quan do cơ quan, đơn vị phụ trách.
			g) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã, các cơ quan báo chí, truyền thông, người dân, tổ chức và doanh nghiệp trên địa bàn xã tích cực tham gia, giám sát thực hiện công tác cải cách hành chính của xã.
			Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, đơn vị quan tâm, nghiêm túc triển khai, báo cáo kết quả thực hiện Kế hoạch cải cách hành chính xã Vĩnh Bảo năm 2026 đảm bảo theo quy định./.
			Nơi nhận:
			- UBND thành phố;
			- Sở Nội vụ thành phố;
			- CT, các PCT UBND xã;
			- TTĐU, TTHĐND xã;
			- UBMTTQVN xã;
			- Các phòng, ban, đơn vị;
			- Công an xã;
			- Cổng thông tin điện tử xã;
			- Lưu: VT, VHXX.
			**TM. ỦY BAN NHÂN DÂN
			CHỦ TỊCH**
			Phạm Minh Đức
			""";

	private SeedBodies() {
	}

}
