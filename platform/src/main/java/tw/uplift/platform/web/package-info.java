/** HTTP conventions: RFC 9457 problem details for every error, naming the offending field. */
package tw.uplift.platform.web;
