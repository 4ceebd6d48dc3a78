package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void configuresOneKraftNodeWithStaticVotersAndAutoCreatedTopics() {
        String properties = KafkaBroker.serverProperties(19092, 19093, Path.of("/data/kafka/data"));

        assertThat(properties)
                .contains("process.roles=broker,controller")
                .contains("controller.quorum.voters=1@127.0.0.1:19093")
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("log.dirs=/data/kafka/data")
                .contains("auto.create.topics.enable=true")
                .contains("num.partitions=3")
                .contains("offsets.topic.replication.factor=1");
    }
}
