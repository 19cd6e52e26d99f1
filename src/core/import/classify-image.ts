/**
 * What a container image is, by its well-known name: a database with its
 * engine, a broker, a load generator, or (by default) a service.
 */

export type ImageClass =
  | { kind: "database"; engine: string; why: string }
  | { kind: "broker"; engine: string; why: string }
  | { kind: "service"; loadGenerator?: string };

const DATABASES: [RegExp, string][] = [
  [/^(?:postgres|postgresql|postgis|timescaledb|pgvector)$/, "postgres"],
  [/^(?:mysql|mysql-server|percona|percona-server)$/, "mysql"],
  [/^mariadb$/, "mariadb"],
  [/^(?:mongo|mongodb|mongodb-community-server)$/, "mongodb"],
  [/^(?:redis|redis-stack|redis-stack-server|valkey|keydb|dragonfly)$/, "redis"],
  [/^(?:elasticsearch|opensearch)$/, "elasticsearch"],
  [/^(?:cassandra|scylla|scylladb)$/, "cassandra"],
  [/^(?:memcached)$/, "memcached"],
  [/^(?:couchdb|couchbase|couchbase-server)$/, "couchdb"],
  [/^(?:cockroach|cockroachdb)$/, "cockroachdb"],
  [/^(?:neo4j)$/, "neo4j"],
  [/^(?:influxdb)$/, "influxdb"],
  [/^(?:clickhouse|clickhouse-server)$/, "clickhouse"],
  [/^(?:mssql|mssql-server|sqlserver)$/, "sqlserver"],
  [/^(?:oracle|oracle-database|oracle-xe)$/, "oracle"],
  [/^(?:spanner-emulator|cloud-spanner-emulator)$/, "spanner"],
  [/^(?:dynamodb-local)$/, "dynamodb"],
];

const BROKERS: [RegExp, string][] = [
  [/^(?:kafka|cp-kafka|cp-server|redpanda)$/, "kafka"],
  [/^(?:rabbitmq)$/, "rabbitmq"],
  [/^(?:nats|nats-streaming)$/, "nats"],
  [/^(?:pulsar|pulsar-all)$/, "pulsar"],
  [/^(?:activemq|activemq-artemis|artemis)$/, "activemq"],
  [/^(?:mosquitto|emqx|vernemq)$/, "mqtt"],
];

const ENV_ENGINE: [RegExp, string][] = [
  [/^MYSQL_/, "mysql"],
  [/^MARIADB_/, "mariadb"],
  [/^(?:POSTGRES_|PG)/, "postgres"],
  [/^MONGO(?:DB)?_/, "mongodb"],
  [/^REDIS_/, "redis"],
];

const LOAD_GENERATORS = /(?:^|[-_/])(?:load-?gen(?:erator)?|locust|k6|jmeter|gatling|vegeta|wrk|loadtest|load-test|hey)(?:$|[-_/:])/;

/**
 * The repository's last path segment, without registry, tag or digest.
 * @example imageBaseName("docker.io/bitnami/postgresql:15@sha256:ab") === "postgresql"
 */
export function imageBaseName(image: string): string {
  const noDigest = image.split("@")[0]!;
  const segments = noDigest.split("/");
  const last = segments[segments.length - 1]!;
  return last.split(":")[0]!.toLowerCase();
}

/**
 * @example classifyImage("redis:alpine") // { kind: "database", engine: "redis", why: "image redis:alpine" }
 */
export function classifyImage(image: string | undefined, name: string, envNames: readonly string[] = []): ImageClass {
  if (image) {
    const base = imageBaseName(image);
    for (const [re, engine] of DATABASES) if (re.test(base)) return { kind: "database", engine, why: `image ${image}` };
    for (const [re, engine] of BROKERS) if (re.test(base)) return { kind: "broker", engine, why: `image ${image}` };
    if (LOAD_GENERATORS.test(base)) return { kind: "service", loadGenerator: `image ${image}` };
  }
  const lower = name.toLowerCase();
  if (LOAD_GENERATORS.test(lower)) return { kind: "service", loadGenerator: `name ${name}` };
  // Demo systems build their own database images (sock-shop's catalogue-db); the name still says what it is.
  if (/[-_]db$|[-_]database$/.test(lower)) {
    // Its settings may still name the engine (MYSQL_ROOT_PASSWORD, POSTGRES_DB).
    const engine = envNames.map((n) => ENV_ENGINE.find(([re]) => re.test(n))?.[1]).find(Boolean) ?? "";
    return { kind: "database", engine, why: `name ${name} ends in -db${engine ? `, env ${envNames.find((n) => ENV_ENGINE.some(([re, e]) => e === engine && re.test(n)))}` : ""}` };
  }
  return { kind: "service" };
}
