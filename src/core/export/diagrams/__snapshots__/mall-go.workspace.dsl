workspace "mall-go" "The mall-go guide's e-commerce platform: users, catalog, ordering, payment, inventory, shipping and notifications." {
  model {
    system = softwareSystem "mall-go" {
      group "User Management" {
        user_service = container "user-service" "" "Go + Gin" "Service"
        profile_service = container "profile-service" "" "Go + Gin" "Service"
        user_db = container "users" "" "postgresql" "Database"
      }
      group "Product Catalog" {
        catalog_service = container "catalog-service" "" "Go + Gin" "Service"
        search_service = container "search-service" "" "Go + Elasticsearch" "Service"
        product_db = container "products" "" "postgresql" "Database"
        search_index = container "product search" "" "elasticsearch" "Database"
      }
      group "Order Management" {
        order_service = container "order-service" "" "Go + Gin" "Service"
        cart_service = container "cart-service" "" "Go + Redis" "Service"
        order_db = container "orders" "" "mysql" "Database"
      }
      group "Payment Processing" {
        payment_service = container "payment-service" "" "Go + gRPC" "Service"
      }
      group "Inventory Management" {
        inventory_service = container "inventory-service" "" "Go + Redis" "Service"
        inventory_db = container "stock" "" "redis" "Database"
      }
      group "Shipping & Logistics" {
        shipping_service = container "shipping-service" "" "Go + Gin" "Service"
      }
      group "Customer Service" {
        notification_service = container "notification-service" "" "Node.js" "Service"
      }
      api_gateway = container "api-gateway" "" "API gateway" "Gateway"
      events = container "event bus" "" "kafka" "Queue"
    }
    api_gateway -> user_service "/api/auth" "http"
    api_gateway -> user_service "/api/users" "http"
    api_gateway -> profile_service "/api/profiles" "http"
    api_gateway -> catalog_service "/api/products" "http"
    api_gateway -> search_service "/api/search" "http"
    api_gateway -> cart_service "/api/cart" "http"
    api_gateway -> order_service "/api/orders" "http"
    api_gateway -> payment_service "/api/payments" "http"
    api_gateway -> shipping_service "/api/shipments" "http"
    profile_service -> user_service "get user" "grpc"
    cart_service -> catalog_service "price lookup" "http"
    order_service -> inventory_service "reserve stock" "grpc"
    order_service -> cart_service "checkout cart" "http"
    user_service -> user_db "calls" "http"
    catalog_service -> product_db "calls" "http"
    search_service -> search_index "calls" "http"
    order_service -> order_db "calls" "http"
    cart_service -> order_db "shopping_carts" "http"
    inventory_service -> inventory_db "calls" "http"
    order_service -> events "OrderCreated" "async event"
    events -> payment_service "OrderCreated" "async event"
    events -> notification_service "OrderCreated" "async event"
    payment_service -> events "PaymentCompleted" "async event"
    events -> order_service "PaymentCompleted" "async event"
    events -> shipping_service "PaymentCompleted" "async event"
    events -> notification_service "PaymentCompleted" "async event"
    catalog_service -> events "ProductUpdated" "async event"
    events -> search_service "ProductUpdated" "async event"
  }
  views {
    container system "containers" {
      include *
      autolayout lr
    }
    styles {
      element "Database" {
        shape cylinder
      }
      element "Queue" {
        shape pipe
      }
      element "Gateway" {
        shape hexagon
      }
    }
  }
}
