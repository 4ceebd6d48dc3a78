package tw.uplift.launcher;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server inside the launcher's JVM (mongo-java-server), persisting to one H2 MVStore
 * file so data survives a restart. No MongoDB binary can be installed on these machines (DESIGN.md); services
 * use only what both this and real MongoDB support.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final H2Backend backend;
    private final MongoServer server;
    private final int port;

    private EmbeddedMongo(H2Backend backend, MongoServer server, int port) {
        this.backend = backend;
        this.server = server;
        this.port = port;
    }

    public static EmbeddedMongo start(Path file, int port) {
        H2Backend backend;
        try {
            backend = new H2Backend(file.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw new LauncherException("Cannot open the MongoDB data file " + file
                    + " (is another launcher using this data folder?): " + e.getMessage(), e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new LauncherException("Cannot listen for MongoDB on port " + port + " (in use?): " + e.getMessage(), e);
        }
        return new EmbeddedMongo(backend, server, port);
    }

    public int port() {
        return port;
    }

    /** A connection string with the database in its path, as services read from SPRING_MONGODB_URI. */
    public String uri(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    /** Disconnects clients, then closes the MVStore so everything written is on disk. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
