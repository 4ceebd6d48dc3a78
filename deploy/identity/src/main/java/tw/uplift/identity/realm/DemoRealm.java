package tw.uplift.identity.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo users, read once from {@code demo-realm.json} on the classpath: the local run's stand-in for the
 * Keycloak realm file of docker-compose.
 */
public final class DemoRealm {

    public static final String DEFAULT_LOCATION = "demo-realm.json";

    private final Map<String, DemoUser> usersByName;

    public DemoRealm(List<DemoUser> users) {
        this.usersByName = users.stream().collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    }

    public static DemoRealm fromClasspath() {
        return from(new ClassPathResource(DEFAULT_LOCATION));
    }

    static DemoRealm from(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new DemoRealm(JsonMapper.shared().readValue(in, RealmFile.class).users());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo realm " + resource, e);
        }
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(usersByName.get(username));
    }

    public List<DemoUser> users() {
        return usersByName.values().stream().sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    /**
     * The realm as Spring Security's login source. Not a bean of its own: the one {@code AuthenticationProvider}
     * bean is the single place that checks passwords, for the login form and the password grant alike.
     */
    public UserDetailsService userDetailsService() {
        return this::userDetails;
    }

    private UserDetails userDetails(String username) {
        DemoUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("No demo user " + username));
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().toArray(String[]::new))
                .build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RealmFile(String realm, List<DemoUser> users) {
    }
}
