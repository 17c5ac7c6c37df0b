/* Parflow's pages: date fields (dd/mm/yyyy with a calendar), the upload limit checked before uploading, plan
 * activation with progress, the personal calendar feed, and the dashboard's charts (ECharts). Plain JavaScript, no
 * build. */
(function () {
	'use strict';

	var COLOURS = {
		doneOnTime: '#2e7d32', doneLate: '#ef6c00', inProgress: '#1e6fd0', openOverdue: '#c62828', notStarted: '#9aa3ad'
	};
	var LABELS = {
		doneOnTime: 'Hoàn thành đúng hạn', doneLate: 'Hoàn thành quá hạn', inProgress: 'Đang thực hiện trong hạn',
		openOverdue: 'Quá hạn chưa hoàn thành', notStarted: 'Chưa thực hiện'
	};
	var ORDER = ['doneOnTime', 'doneLate', 'inProgress', 'openOverdue', 'notStarted'];

	function csrf() {
		var meta = document.querySelector('meta[name="_csrf"]');
		return meta ? meta.getAttribute('content') : '';
	}

	function call(method, url) {
		return fetch(url, {
			method: method, credentials: 'same-origin',
			headers: { 'X-XSRF-TOKEN': csrf(), 'Accept': 'application/json' }
		}).then(function (response) {
			return response.text().then(function (text) {
				var body = null;
				try { body = text ? JSON.parse(text) : null; } catch (e) { body = { message: text }; }
				return { status: response.status, body: body };
			});
		});
	}

	function pad(n) { return (n < 10 ? '0' : '') + n; }

	/* dd/mm/yyyy text fields with a calendar button */
	function dateFields() {
		document.querySelectorAll('.pf-date').forEach(function (box) {
			var text = box.querySelector('[data-date-field]');
			var picker = box.querySelector('[data-date-picker]');
			var button = box.querySelector('[data-open-picker]');
			if (!text || !picker || !button) { return; }
			button.addEventListener('click', function () {
				var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.value.trim());
				if (m) { picker.value = m[3] + '-' + pad(+m[2]) + '-' + pad(+m[1]); }
				if (picker.showPicker) { picker.showPicker(); } else { picker.focus(); picker.click(); }
			});
			picker.addEventListener('change', function () {
				var p = picker.value.split('-');
				if (p.length === 3) { text.value = p[2] + '/' + p[1] + '/' + p[0]; }
			});
		});
	}

	/* activation: 200 at once, or 202 and the status address polled until done */
	function activation() {
		var box = document.getElementById('activation');
		var button = document.getElementById('activate');
		if (!box || !button) { return; }
		var progress = document.getElementById('activation-progress');
		var line = progress.querySelector('.pf-progress-line');
		var bar = line.querySelector('span');
		var text = document.getElementById('activation-text');
		var result = document.getElementById('activation-result');

		function finish(ok, message) {
			progress.hidden = true;
			result.hidden = false;
			result.className = 'pf-banner ' + (ok ? 'ok' : 'error');
			result.textContent = message;
			if (ok) {
				var status = document.getElementById('plan-status');
				if (status) { status.textContent = 'Đang thực hiện'; status.className = 'pf-badge ACTIVE'; }
				button.hidden = true;
				var link = document.createElement('a');
				link.className = 'pf-button';
				link.href = '/dashboard?plan=' + encodeURIComponent(box.getAttribute('data-plan'));
				link.textContent = 'Xem tổng quan';
				link.style.marginLeft = '12px';
				result.appendChild(link);
			} else {
				button.disabled = false;
			}
		}

		function refused(answer) {
			var body = answer.body || {};
			var message = body.message || body.detail || ('Không kích hoạt được (mã ' + answer.status + ').');
			if (body.reasons && body.reasons.length) { message += ' ' + body.reasons.join(' '); }
			finish(false, message);
		}

		function poll() {
			call('GET', box.getAttribute('data-status')).then(function (answer) {
				var s = answer.body || {};
				if (answer.status !== 200) { refused(answer); return; }
				if (s.state === 'RUNNING') {
					line.classList.remove('indeterminate');
					bar.style.width = (s.total ? Math.round(s.started * 100 / s.total) : 0) + '%';
					text.textContent = 'Đã bắt đầu ' + s.started + '/' + s.total + ' quy trình…';
					setTimeout(poll, 700);
				} else if (s.state === 'DONE') {
					finish(true, s.message || 'Đã kích hoạt.');
				} else {
					finish(false, s.message || 'Không kích hoạt được.');
				}
			});
		}

		button.addEventListener('click', function () {
			button.disabled = true;
			result.hidden = true;
			progress.hidden = false;
			text.textContent = 'Đang tạo quy trình cho từng nhiệm vụ…';
			call('POST', box.getAttribute('data-activate')).then(function (answer) {
				if (answer.status === 200) {
					finish(true, 'Đã kích hoạt: ' + answer.body.started + ' quy trình nhiệm vụ đã bắt đầu'
						+ (answer.body.alreadyRunning ? ', ' + answer.body.alreadyRunning + ' đã chạy từ trước.' : '.'));
				} else if (answer.status === 202) {
					poll();
				} else {
					refused(answer);
				}
			}, function () { finish(false, 'Mất kết nối tới máy chủ; hãy thử lại.'); });
		});
	}

	/* the personal calendar feed: create (a new one revokes the old) or revoke */
	function calendarFeed() {
		var box = document.getElementById('calendar-feed');
		if (!box) { return; }
		var api = box.getAttribute('data-api');
		var create = document.getElementById('feed-create');
		var revoke = document.getElementById('feed-revoke');
		var state = document.getElementById('feed-state');
		var result = document.getElementById('feed-result');
		create.addEventListener('click', function () {
			create.disabled = true;
			call('POST', api).then(function (answer) {
				create.disabled = false;
				if (answer.status !== 201) { state.textContent = (answer.body && answer.body.message) || 'Không tạo được địa chỉ lịch.'; return; }
				document.getElementById('feed-url').textContent = answer.body.url;
				document.getElementById('feed-webcal').href = answer.body.webcal;
				result.hidden = false;
				revoke.hidden = false;
				create.textContent = 'Tạo địa chỉ mới';
				state.textContent = 'Địa chỉ lịch của bạn (chỉ hiện một lần; sao chép ngay):';
			});
		});
		revoke.addEventListener('click', function () {
			revoke.disabled = true;
			call('DELETE', api).then(function () {
				revoke.disabled = false;
				revoke.hidden = true;
				result.hidden = true;
				create.textContent = 'Tạo địa chỉ lịch';
				state.textContent = 'Đã thu hồi: địa chỉ cũ không còn dùng được. Bạn chưa có địa chỉ lịch.';
			});
		});
	}

	/* dashboard charts */
	function charts() {
		var source = document.getElementById('dashboard-data');
		if (!source || !window.echarts) { return; }
		var data = JSON.parse(source.textContent);
		var font = { fontFamily: getComputedStyle(document.body).fontFamily };
		var narrow = window.matchMedia('(max-width: 720px)').matches;
		var made = [];

		var total = document.getElementById('chart-total');
		if (total) {
			var chart = echarts.init(total, null, { renderer: 'svg' });
			chart.setOption({
				textStyle: font,
				tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
				legend: { bottom: 0, left: 'center', itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } },
				series: [{
					type: 'pie', radius: ['45%', '70%'], center: ['50%', '40%'], avoidLabelOverlap: true,
					label: { show: true, position: 'center', formatter: function () {
						return '{n|' + data.total.percentDone.toFixed(1).replace('.', ',') + '%}\n{l|hoàn thành}';
					}, rich: { n: { fontSize: 26, fontWeight: 'bold', color: '#1f2933', lineHeight: 34 }, l: { fontSize: 13, color: '#5f6b7a', lineHeight: 18 } } },
					labelLine: { show: false },
					data: ORDER.map(function (k) { return { name: LABELS[k], value: data.total[k], itemStyle: { color: COLOURS[k] } }; })
				}]
			});
			made.push(chart);
		}

		function stacked(element, rows, name) {
			if (!element || !rows.length) { return; }
			var chart = echarts.init(element, null, { renderer: 'svg' });
			var categories = rows.map(name);
			chart.setOption({
				textStyle: font,
				tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
				legend: { top: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } },
				grid: { left: 8, right: 16, top: narrow ? 70 : 50, bottom: 8, containLabel: true },
				xAxis: { type: 'value', minInterval: 1 },
				yAxis: {
					type: 'category', inverse: true, data: categories,
					axisLabel: { width: narrow ? 110 : 190, overflow: 'truncate', fontSize: 12 }
				},
				series: ORDER.map(function (k) {
					return {
						name: LABELS[k], type: 'bar', stack: 'all', barMaxWidth: 26, itemStyle: { color: COLOURS[k] },
						emphasis: { focus: 'series' },
						label: { show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; }, color: '#fff', fontSize: 11 },
						data: rows.map(function (r) { return r.counts[k]; })
					};
				})
			});
			made.push(chart);
		}
		stacked(document.getElementById('chart-areas'), data.areas, function (r) { return r.areaName; });
		stacked(document.getElementById('chart-units'), data.units, function (r) { return r.unitName; });
		window.addEventListener('resize', function () { made.forEach(function (c) { c.resize(); }); });
		document.body.setAttribute('data-charts', String(made.length));
	}

	/* long lists: the first rows, and a button for the rest */
	function showMore() {
		document.querySelectorAll('[data-show-more]').forEach(function (button) {
			var box = document.querySelector(button.getAttribute('data-show-more'));
			if (!box) { return; }
			box.classList.add('pf-collapsed');
			button.addEventListener('click', function () {
				box.classList.remove('pf-collapsed');
				button.parentNode.hidden = true;
			});
		});
	}

	/* a file over the server's upload limit is refused here, before a long upload that the server would refuse */
	function uploadLimits() {
		document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
			var max = +input.getAttribute('data-max-bytes');
			var banner = document.getElementById(input.getAttribute('data-too-large-banner'));
			input.addEventListener('change', function () {
				var file = input.files && input.files[0];
				var message = file && file.size > max ? input.getAttribute('data-too-large') : '';
				input.setCustomValidity(message);
				if (banner) {
					banner.textContent = message;
					banner.hidden = !message;
				}
			});
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		showMore();
		uploadLimits();
		dateFields();
		activation();
		calendarFeed();
		charts();
	});
})();
