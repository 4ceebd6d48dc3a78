/**
 * 完成期限: deadline phrases as agencies write them (1月31日前, 持續辦理, 每季, 第三季, 次年1月, 115年3月31日)
 * turned into a date, a reporting cadence, or "unparsed". Reused by plan-service and notification-service
 * to compute due dates.
 */
package tw.uplift.planimport.deadline;
