// The part of autocannon's API that scripts/bench.ts uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number }
  type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number }
  type Request = { setupRequest?: (request: { path: string }) => { path: string } }
  export default function autocannon(options: {
    url: string
    connections: number
    duration: number
    requests?: Request[]
  }): Promise<Result>
}
