/**
 * What domain code throws when a request cannot be done, in plain Java so any layer may throw it:
 * {@link tw.uplift.platform.domain.InvalidInput} (bad input, field by field: 400),
 * {@link tw.uplift.platform.domain.RuleViolationException} (a rule of the domain forbids it now: 409, with the
 * rule's code), {@link tw.uplift.platform.domain.NotFoundException} (nothing with that id for the caller: 404).
 * Nothing else is thrown for bad input; an {@code IllegalArgumentException} or {@code IllegalStateException}
 * is a programming error and answers 500.
 */
package tw.uplift.platform.domain;
