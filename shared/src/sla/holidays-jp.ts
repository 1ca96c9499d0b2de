/**
 * Japan's public holidays (国民の祝日) for 2026 to 2028, as local dates,
 * including substitute holidays (振替休日: a holiday on a Sunday moves to the
 * next non-holiday) and national holidays (国民の休日: a day between two
 * holidays).
 *
 * Equinox days are fixed each February for the following year by the
 * National Astronomical Observatory; 2028's are the predicted dates
 * (vernal 03-20, autumnal 09-22). The year-end closure customary in Japan
 * (12-29 to 01-03) is not a public holiday: add it to a calendar's
 * `holidays` when the organisation closes then. Extend this list each year.
 */
export const JAPAN_HOLIDAYS: readonly string[] = [
  // 2026
  '2026-01-01', // 元日
  '2026-01-12', // 成人の日
  '2026-02-11', // 建国記念の日
  '2026-02-23', // 天皇誕生日
  '2026-03-20', // 春分の日
  '2026-04-29', // 昭和の日
  '2026-05-03', // 憲法記念日 (Sunday)
  '2026-05-04', // みどりの日
  '2026-05-05', // こどもの日
  '2026-05-06', // 振替休日 for 05-03
  '2026-07-20', // 海の日
  '2026-08-11', // 山の日
  '2026-09-21', // 敬老の日
  '2026-09-22', // 国民の休日
  '2026-09-23', // 秋分の日
  '2026-10-12', // スポーツの日
  '2026-11-03', // 文化の日
  '2026-11-23', // 勤労感謝の日

  // 2027
  '2027-01-01', // 元日
  '2027-01-11', // 成人の日
  '2027-02-11', // 建国記念の日
  '2027-02-23', // 天皇誕生日
  '2027-03-21', // 春分の日 (Sunday)
  '2027-03-22', // 振替休日 for 03-21
  '2027-04-29', // 昭和の日
  '2027-05-03', // 憲法記念日
  '2027-05-04', // みどりの日
  '2027-05-05', // こどもの日
  '2027-07-19', // 海の日
  '2027-08-11', // 山の日
  '2027-09-20', // 敬老の日
  '2027-09-23', // 秋分の日
  '2027-10-11', // スポーツの日
  '2027-11-03', // 文化の日
  '2027-11-23', // 勤労感謝の日

  // 2028
  '2028-01-01', // 元日 (Saturday: no substitute)
  '2028-01-10', // 成人の日
  '2028-02-11', // 建国記念の日
  '2028-02-23', // 天皇誕生日
  '2028-03-20', // 春分の日
  '2028-04-29', // 昭和の日 (Saturday: no substitute)
  '2028-05-03', // 憲法記念日
  '2028-05-04', // みどりの日
  '2028-05-05', // こどもの日
  '2028-07-17', // 海の日
  '2028-08-11', // 山の日
  '2028-09-18', // 敬老の日
  '2028-09-22', // 秋分の日
  '2028-10-09', // スポーツの日
  '2028-11-03', // 文化の日
  '2028-11-23', // 勤労感謝の日
];
