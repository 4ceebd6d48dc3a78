/** Stateless OAuth2 resource server: roles and the bound agency or supervising body come from JWT claims. */
package tw.uplift.platform.security;
