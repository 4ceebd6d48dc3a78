package tw.uplift.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Adds {@code ROLE_<role>} for each Uplift role in the ID token's (and userinfo's) {@code roles} claim to what Spring
 * Security grants at login, so {@code hasAnyRole("ADMIN", "OPS")} guards the status page.
 */
final class UpliftAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                GatewayUser.rolesOf(oidc.getAttributes()).forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
        }
        return mapped;
    }
}
