/**
 * Status lights (燈號), computed from facts rather than declared by the agency: green / yellow / red / grey per
 * measure (推行作法) and per plan, from deadlines (完成期限), reporting cadences (持續辦理), progress reports and their
 * evidence, the tracker's overdue notices (逾期) and the reviewer's verdict (解除列管 / 持續列管), with a pace warning
 * when most of the work is left for the last weeks. Pure domain: {@link tw.uplift.plan.lights.LightRules} takes the
 * facts and a day and gives a light with its reasons; only {@link tw.uplift.plan.lights.LightSettings} knows Spring,
 * to read the thresholds of each supervising body (督考機關).
 */
package tw.uplift.plan.lights;
