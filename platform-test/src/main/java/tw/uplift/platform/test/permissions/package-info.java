/**
 * The permission tables' machinery (issue #15): a service's IT declares its callers, who may call each operation
 * ({@link tw.uplift.platform.test.permissions.Access}) and one row per operation of its OpenAPI document
 * ({@link tw.uplift.platform.test.permissions.PermissionTable}); {@code verify} calls every operation as every caller and
 * lists each answer that breaks the table. The rules of what counts as a refusal live here once, for every service.
 */
package tw.uplift.platform.test.permissions;
