/*
 * Parflow: what the Tasklist's locales/vi.json cannot reach.
 *
 * - Camunda Forms (form-js) hard-code their validation messages and a few words in English ("Field is required.",
 *   "Select", "Search", "No results"): they are rewritten in Vietnamese as they appear.
 * - form-js takes the date format of its date fields from the browser's locale (mm/dd/yyyy in an English browser);
 *   here the browser's default date format is Vietnamese, so date fields show and take dd/mm/yyyy.
 * - The date picker's months and weekdays are Vietnamese.
 * - A completion Parflow refuses (a task listener's Vietnamese message) reaches the Tasklist as
 *   "Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener. Message: '…'";
 *   the notification shows only Parflow's message.
 *
 * Loaded through scripts/config.js (customScripts), before AngularJS starts.
 */
const EXACT = {
  'Field is required.': 'Trường này bắt buộc phải nhập.',
  'Field must be a valid email.': 'Địa chỉ thư điện tử không hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Số điện thoại không hợp lệ (ví dụ: +84912345678).',
  Select: 'Chọn',
  Search: 'Tìm',
  'No results': 'Không có kết quả',
  'Time must match pattern hh:mm:ss[time zone]': 'Giờ phải theo mẫu hh:mm:ss[múi giờ]'
};

const PATTERNS = [
  [/^Field must match pattern (.*)\.$/, 'Giá trị phải khớp mẫu $1.'],
  [/^Field must have minimum value of (.*)\.$/, 'Giá trị phải từ $1 trở lên.'],
  [/^Field must have maximum value of (.*)\.$/, 'Giá trị không được lớn hơn $1.'],
  [/^Field must have minimum length of (.*)\.$/, 'Cần nhập ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (.*)\.$/, 'Chỉ được nhập tối đa $1 ký tự.']
];

/** The Vietnamese for one of form-js's English texts, or null. */
export function translateFormText(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

const REFUSAL = /(?:Cannot (?:submit task form|complete task) \S+: )?(?:ENGINE-\d+ )?(?:There was an exception while invoking the TaskListener\. Message: |Exception while invoking TaskListener: )'?([\s\S]*?)'?$/;

/** Parflow's own message inside an engine's refusal, or null when the text is no such refusal. */
export function refusalMessage(text) {
  const match = REFUSAL.exec(text);
  return match && match[1] ? text.slice(0, match.index) + match[1] : null;
}

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng giảm',
  toggleTitle: 'Bấm để chuyển',
  time_24hr: true,
  ordinal: () => '',
  daysInMonth: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  amPM: ['SA', 'CH'],
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút'
};

// form-js asks Intl.DateTimeFormat for the browser's default format (locale "default" or none, no options) and
// turns its pattern into the date field's format: answer dd/MM/yyyy. Any other use of Intl is left alone.
const NativeDateTimeFormat = Intl.DateTimeFormat;
const DAY_MONTH_YEAR = ['vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }];
const vietnameseByDefault = (args) =>
  (args[0] === undefined || args[0] === 'default') && args[1] === undefined ? DAY_MONTH_YEAR : args;
Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
  construct(target, args) {
    return new target(...vietnameseByDefault(args));
  },
  apply(target, self, args) {
    return target(...vietnameseByDefault(args));
  }
});

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement;
    if (!parent) {
      return;
    }
    if (parent.closest('.fjs-container')) {
      const vi = translateFormText(node.data);
      if (vi !== null) {
        node.data = vi;
      }
    } else if (parent.closest('[notifications-panel], .notifications')) {
      const message = refusalMessage(node.data);
      if (message !== null) {
        node.data = message;
      }
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.matches('.fjs-container input[placeholder]')) {
    const vi = translateFormText(node.getAttribute('placeholder'));
    if (vi !== null) {
      node.setAttribute('placeholder', vi);
    }
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    translateNode(text);
  }
  node.querySelectorAll('.fjs-container input').forEach((input) => {
    if (input !== node) {
      translateNode(input);
    }
  });
}

/** form-js creates its date pickers after rendering the field: each gets the Vietnamese months and weekdays once. */
function vietnameseDatePickers() {
  document.querySelectorAll('.fjs-container input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.parflowVietnamese) {
      picker.parflowVietnamese = true;
      picker.set('locale', FLATPICKR_VI);
    }
  });
}

function start() {
  translateNode(document.body);
  new MutationObserver((mutations) => {
    vietnameseDatePickers();
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateNode(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateNode);
      }
    }
  }).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
