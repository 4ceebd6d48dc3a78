package tw.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.uplift.identity.token.SigningKey;

class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void aKeptKeySurvivesARestartSoOldTokensStillValidate() throws Exception {
        Path file = dir.resolve("identity/signing-key.json");

        RSAKey first = SigningKey.loadOrCreate(file);
        RSAKey afterRestart = SigningKey.loadOrCreate(file);

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void withoutAFileEachStartHasItsOwnKey() {
        assertThat(SigningKey.generate().getKeyID()).isNotEqualTo(SigningKey.generate().getKeyID());
    }
}
