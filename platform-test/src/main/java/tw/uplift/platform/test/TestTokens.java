package tw.uplift.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tw.uplift.platform.security.CurrentUser;

/**
 * Signs RS256 tokens with the same claims the issuer puts in (ADR 0001), for in-process service tests;
 * the services validate them with the matching public key. Whole-system tests use the real issuer.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String agencyStaff(String username, String agencyId) {
        return token(username, List.of("AGENCY_STAFF"), agencyId, null);
    }

    public static String agencyHead(String username, String agencyId) {
        return token(username, List.of("AGENCY_HEAD"), agencyId, null);
    }

    public static String reviewer(String username, String bodyId, String homeAgencyId) {
        return token(username, List.of("REVIEWER"), homeAgencyId, bodyId);
    }

    public static String admin() {
        return token("admin", List.of("ADMIN"), null, null);
    }

    public static String token(String username, List<String> roles, String agencyId, String bodyId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(username).issuer("uplift-test")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("name", username).claim(CurrentUser.ROLES_CLAIM, roles);
        if (agencyId != null) {
            claims.claim(CurrentUser.AGENCY_CLAIM, agencyId);
        }
        if (bodyId != null) {
            claims.claim(CurrentUser.BODY_CLAIM, bodyId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What validates these tokens. {@link WithUpliftInfrastructure} registers it; public for a test that starts
     * applications itself (several instances of one service against one store).
     */
    public static JwtDecoder decoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
