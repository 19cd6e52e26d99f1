// Decodes a GatewayConfig the way the mall-go guide's gateway would receive it, but
// strictly (unknown fields are errors), and writes it back with Go's own
// encoder. The structs are the mall-go guide's, verbatim (see docs/method.md; its
// API gateway section), so a round trip that gives the same bytes shows the
// export matches them field for field and type for type.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// 网关配置
type GatewayConfig struct {
	Port           int                `json:"port"`
	Routes         []RouteConfig      `json:"routes"`
	Middleware     []MiddlewareConfig `json:"middleware"`
	RateLimiting   RateLimitConfig    `json:"rate_limiting"`
	Authentication AuthConfig         `json:"authentication"`
	LoadBalancing  LoadBalanceConfig  `json:"load_balancing"`
}

// 路由配置
type RouteConfig struct {
	Path        string            `json:"path"`
	Method      string            `json:"method"`
	ServiceName string            `json:"service_name"`
	Upstream    []UpstreamConfig  `json:"upstream"`
	Timeout     time.Duration     `json:"timeout"`
	Retry       RetryConfig       `json:"retry"`
	Headers     map[string]string `json:"headers"`
}

// 上游服务配置
type UpstreamConfig struct {
	Host   string `json:"host"`
	Port   int    `json:"port"`
	Weight int    `json:"weight"`
	Health bool   `json:"health"`
}

// 中间件配置
type MiddlewareConfig struct {
	Name    string                 `json:"name"`
	Enabled bool                   `json:"enabled"`
	Config  map[string]interface{} `json:"config"`
}

// 限流配置
type RateLimitConfig struct {
	Enabled           bool          `json:"enabled"`
	RequestsPerSecond int           `json:"requests_per_second"`
	BurstSize         int           `json:"burst_size"`
	WindowSize        time.Duration `json:"window_size"`
}

// 认证配置
type AuthConfig struct {
	Enabled     bool     `json:"enabled"`
	Type        string   `json:"type"` // jwt, oauth2, api_key
	SecretKey   string   `json:"secret_key"`
	PublicPaths []string `json:"public_paths"`
}

// 负载均衡配置
type LoadBalanceConfig struct {
	Strategy    string            `json:"strategy"` // round_robin, weighted, least_conn
	HealthCheck HealthCheckConfig `json:"health_check"`
}

// 健康检查配置
type HealthCheckConfig struct {
	Enabled  bool          `json:"enabled"`
	Path     string        `json:"path"`
	Interval time.Duration `json:"interval"`
	Timeout  time.Duration `json:"timeout"`
}

// 重试配置
type RetryConfig struct {
	MaxRetries int           `json:"max_retries"`
	RetryDelay time.Duration `json:"retry_delay"`
	RetryOn    []int         `json:"retry_on"` // HTTP状态码
}

func main() {
	dec := json.NewDecoder(os.Stdin)
	dec.DisallowUnknownFields()
	var config GatewayConfig
	if err := dec.Decode(&config); err != nil {
		fmt.Fprintln(os.Stderr, "decode:", err)
		os.Exit(1)
	}
	out, err := json.MarshalIndent(config, "", "  ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "encode:", err)
		os.Exit(1)
	}
	os.Stdout.Write(append(out, '\n'))
}
