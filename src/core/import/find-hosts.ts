/**
 * The host names an environment value points at: `host:port`, URLs
 * (`postgres://user:pw@db:5432/app`, `http://cart/api`), lists of them
 * (`kafka-0:9092,kafka-1:9092`), and bare names in variables whose name says
 * they hold an address (`*_ADDR`, `*_HOST`, `*_URL`, ...).
 */

export interface HostRef {
  host: string;
  port?: number;
  scheme?: string;
}

const ADDRESS_VAR = /(?:^|_)(?:ADDR|ADDRESS|HOST|HOSTNAME|HOSTS|SERVER|SERVERS|SERVICE|URL|URI|ENDPOINT|BROKERS?|BOOTSTRAP_SERVERS)$/i;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}))*$/;
const HOST_PORT = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,252}):(\d{1,5})$/;
const URL_LIKE = /^([a-z][a-z0-9+.-]{0,30}):\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]+)(?::(\d{1,5}))?/i;
const MAX_VALUE = 2000;

/**
 * @example findHosts("CART_SERVICE_ADDR", "cartservice:7070") // [{ host: "cartservice", port: 7070 }]
 */
export function findHosts(varName: string, value: string): HostRef[] {
  if (value.length > MAX_VALUE) return [];
  const refs: HostRef[] = [];
  for (const part of value.split(/[\s,;]+/)) {
    if (part === "") continue;
    const url = URL_LIKE.exec(part);
    if (url) {
      refs.push(withPort({ host: url[2]!.toLowerCase(), scheme: url[1]!.toLowerCase() }, url[3]));
      continue;
    }
    const hp = HOST_PORT.exec(part);
    if (hp) {
      refs.push(withPort({ host: hp[1]!.toLowerCase() }, hp[2]));
      continue;
    }
    if (ADDRESS_VAR.test(varName) && HOST.test(part) && !/^\d+(?:\.\d+)*$/.test(part)) refs.push({ host: part.toLowerCase() });
  }
  return refs;
}

function withPort(ref: HostRef, port: string | undefined): HostRef {
  const n = port === undefined ? NaN : Number(port);
  if (Number.isInteger(n) && n >= 1 && n <= 65535) ref.port = n;
  return ref;
}

/**
 * The names to try for a host, most specific first: the host itself, then its
 * first label (`payment.shop.svc.cluster.local` is the Service `payment`).
 */
export function hostCandidates(host: string): string[] {
  const first = host.split(".")[0]!;
  return first === host ? [host] : [host, first];
}
