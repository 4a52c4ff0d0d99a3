import autocannon from 'autocannon'
const laoWords = ['ສັນຍານ', 'ແມ່ນ້ຳ', 'ພູເຂົາ', 'ຕະຫຼາດ', 'ເຮືອ', 'ຊ້າງ', 'ບ້ານ', 'ເມືອງ', 'ຫົວໃຈ', 'ວຽງຈັນ']
const englishWords = ['Signal', 'River', 'Mountain', 'Market', 'Boat', 'Elephant', 'Village', 'City', 'Heart', 'Night']
const queries = [...laoWords, ...englishWords].flatMap((word) => Array.from({ length: Math.max(1, [...word].length - 1) }, (_, i) => [...word].slice(0, i + 2).join('')))
let n = 0
const base = process.env.BASE!
const api = process.env.KIND === 'api'
const r = await autocannon({ url: base, connections: 10, duration: 8, requests: [{ setupRequest: (req: any) => { const l = n % 2 ? 'en' : 'lo'; const q = encodeURIComponent(queries[n++ % queries.length]!); return { ...req, path: api ? `/api/movies/search?locale=${l}&q=${q}` : `/${l}/movies?q=${q}` } } }] })
console.log(base, process.env.KIND, Math.round(r.requests.average), 'req/s p50', r.latency.p50, 'errors', r.non2xx + r.errors)
