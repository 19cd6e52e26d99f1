/**
 * The preset deflate dictionary of share links, version 1.
 *
 * INVARIANT: these bytes never change. A link `d=1.<payload>` was deflated
 * against exactly this text; change one character and every link already in
 * someone's chat or ticket inflates to garbage. A better dictionary ships as
 * a new link version with its own file (see share/index.ts); a test pins a
 * hash of this text and a frozen link decodes through it.
 *
 * What it holds: the words and shapes compact v1 designs are made of (the
 * field names are gone already, the values remain): element id suffixes,
 * common domain nouns, technologies, database and broker engines, route
 * paths, event verbs, durations and the bracket patterns of the compact form.
 * Deflate reaches back into it for the first occurrence of each, which is
 * where a small design spends most of its bytes. Nearer the end means a
 * shorter back-reference, so the most common material comes last.
 */
export const DICTIONARY_V1_TEXT = [
  // Descriptions and context names: plain English that designs tend to use.
  "Handles the life cycle of orders, payments and refunds for customers. Owns its data; other services read it through its API or events. ",
  "User Management Product Catalog Order Management Payment Processing Inventory Management Shipping & Logistics Customer Service ",
  "Notification Service Identity and Access Billing and Invoicing Analytics and Reporting Search and Recommendations ",
  // Technologies and engines.
  "Java + Spring Boot\",\"Kotlin + Spring\",\"Python + FastAPI\",\"Python + Django\",\"Node.js + Express\",\"Node.js\",\"TypeScript + NestJS\",",
  "\"Rust + Axum\",\"C# + ASP.NET Core\",\"Ruby on Rails\",\"PHP + Laravel\",\"Go + Echo\",\"Go + gRPC\",\"Go + Redis\",\"Go + Elasticsearch\",\"Go + Gin\",",
  "\"sqlite\",\"oracle\",\"sqlserver\",\"cockroachdb\",\"dynamodb\",\"cassandra\",\"clickhouse\",\"influxdb\",\"neo4j\",\"memcached\",",
  "\"mariadb\",\"mongodb\",\"elasticsearch\",\"redis\",\"mysql\",\"postgresql\",\"pulsar\",\"nats\",\"rabbitmq\",\"kafka\",",
  "\"event bus\",\"message queue\",\"events\",",
  // Event names.
  "UserRegistered\",\"UserUpdated\",\"ProductCreated\",\"ProductUpdated\",\"PriceChanged\",\"StockReserved\",\"StockReleased\",",
  "\"OrderPlaced\",\"OrderCancelled\",\"OrderShipped\",\"OrderCreated\",\"PaymentFailed\",\"PaymentCompleted\",\"ShipmentDelivered\",",
  // Tables.
  "\"users\",\"user_profiles\",\"user_sessions\",\"user_addresses\",\"accounts\",\"products\",\"categories\",\"brands\",\"product_attributes\",",
  "\"orders\",\"order_items\",\"shopping_carts\",\"cart_items\",\"payments\",\"refunds\",\"invoices\",\"shipments\",\"product_stock\",\"stock_reservations\",\"notifications\",",
  // Hosts, versions, origins, paths.
  "https://shop.example.com\",\"https://app.example.com\",\"http://localhost:3000\",\"http://localhost:5173\",\"*\"]",
  "-1.internal\",\"-2.internal\",\"-3.internal\"],[41,\"",
  "\"1.0.0\",\"0.1.0\",\"v1\",\"v2\",\"beta\",\"critical\",",
  "\"/api/v1/\",\"/api/auth/login\",\"/api/auth\",\"/api/users/{id}\",\"/api/users\",\"/api/products/{id}\",\"/api/products\",\"/api/search\",",
  "\"/api/orders/{id}\",\"/api/orders\",\"/api/cart\",\"/api/payments\",\"/api/shipments\",\"/api/inventory\",\"/api/notifications\",\"/healthz\",\"/health\",",
  // Durations and flow labels.
  "\"250ms\",\"500ms\",\"100ms\",\"1s\",\"2s\",\"3s\",\"5s\",\"10s\",\"30s\",\"1m\",",
  "\"get \",\"lookup\",\"reserve \",\"load \",\"check \",\"charge payment\",\"send notification\",",
  // Element ids: domain nouns with the usual suffixes.
  "\"auth\",\"account\",\"customer\",\"review\",\"recommendation\",\"billing\",\"invoice\",\"coupon\",\"promotion\",\"pricing\",\"warehouse\",",
  "\"delivery\",\"logistics\",\"media\",\"file\",\"email\",\"sms\",\"analytics\",\"report\",\"audit\",\"config\",\"discovery\",",
  "\"identity\",\"catalog\",\"ordering\",\"payments\",\"stock\",\"fulfilment\",\"engagement\",\"core\",\"platform\",",
  "-gateway\",\"api-gateway\",\"gateway\",\"-index\",\"-cache\",\"-queue\",\"-events\",\"-api\",\"-worker\",",
  "\"route-users\",\"route-orders\",\"route-\",\"-data\",\"-pub\",\"-created\",\"-updated\",",
  "\"user-db\",\"product-db\",\"order-db\",\"payment-db\",\"inventory-db\",\"-db\",",
  "\"user-service\",\"profile-service\",\"catalog-service\",\"product-service\",\"search-service\",\"cart-service\",\"order-service\",",
  "\"payment-service\",\"inventory-service\",\"shipping-service\",\"notification-service\",\"-service\",",
  // The bracket shapes of compact v1 (masks of common records, list joins).
  "[1365,5,5,5,5,5,5],",
  "],[[5,0,\"/api/\"],[5,1,\"/api/\"]],[[41,\"",
  "\",0,\"/api/\",1,\"5s\"],[16981,\"route-\",",
  "\",[0],1],[4693,\"",
  "\",1,\"",
  "\",\"1.0.0\"],[17835545,\"",
  "]],[[1109,\"",
  "[[21,\"events\",\"",
  "[[85,\"",
  ",0,\"",
  "\"],[",
  "],[",
  "[[5,",
  "],[1,5,",
  ",5,",
].join("");
