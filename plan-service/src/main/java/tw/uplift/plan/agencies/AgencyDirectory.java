package tw.uplift.plan.agencies;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The agencies configured under {@code uplift.plan.agencies}. */
@ConfigurationProperties("uplift.plan")
public class AgencyDirectory {

    private final Map<String, Agency> byId;

    public AgencyDirectory(List<Agency> agencies) {
        this.byId = agencies == null ? Map.of()
                : agencies.stream().collect(Collectors.toUnmodifiableMap(Agency::id, Function.identity()));
    }

    public Optional<Agency> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public List<Agency> all() {
        return List.copyOf(byId.values());
    }
}
