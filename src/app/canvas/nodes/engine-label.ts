/** Display names of well-known engines; anything else is shown as written. */
const ENGINES: Record<string, string> = {
  postgresql: "PostgreSQL",
  postgres: "PostgreSQL",
  mysql: "MySQL",
  mariadb: "MariaDB",
  mongodb: "MongoDB",
  redis: "Redis",
  elasticsearch: "Elasticsearch",
  opensearch: "OpenSearch",
  cassandra: "Cassandra",
  dynamodb: "DynamoDB",
  sqlite: "SQLite",
  oracle: "Oracle",
  sqlserver: "SQL Server",
  kafka: "Kafka",
  rabbitmq: "RabbitMQ",
  nats: "NATS",
  pulsar: "Pulsar",
  sqs: "Amazon SQS",
  "google-pubsub": "Google Pub/Sub",
  activemq: "ActiveMQ",
  rocketmq: "RocketMQ",
};

export const DATABASE_ENGINES = ["postgresql", "mysql", "mongodb", "redis", "elasticsearch", "cassandra", "dynamodb", "sqlite"];
export const BROKER_ENGINES = ["kafka", "rabbitmq", "nats", "pulsar", "rocketmq", "sqs"];

export function engineLabel(engine: string | undefined): string | undefined {
  if (!engine) return undefined;
  return ENGINES[engine.toLowerCase()] ?? engine;
}
