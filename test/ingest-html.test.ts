import { articleFromHtml } from '../src/ingest/html.js';
import { extractHtml, stripSiteName } from '../src/ingest/html.js';

const P1 = 'KPU Provinsi Lampung menetapkan daftar pemilih tetap Pilkada 2024 dalam rapat pleno terbuka di Bandar Lampung, Selasa (20/8/2024).';
const P2 = 'Ketua KPU Lampung Erwan Bustami mengatakan jumlah pemilih tetap mencapai 6,4 juta orang, naik dibanding pemilu sebelumnya.';
const P3 = '"Seluruh tahapan berjalan sesuai jadwal," kata Erwan kepada wartawan usai rapat.';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>KPU Lampung Tetapkan DPT Pilkada - Warta Contoh</title>${head}</head><body>${body}</body></html>`;
}

describe('extractHtml: body container and boilerplate', () => {
  test('a known container: "Berita Terkait" list before the dateline, "Baca juga", editor and copyright lines go', () => {
    const html = page(`
      <header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
      <h1>KPU Lampung Tetapkan DPT Pilkada</h1>
      <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <div itemprop="articleBody">
        <div class="box"><strong>Berita Terkait</strong><ul><li><a href="/1">Bawaslu Awasi Kampanye</a></li><li><a href="/2">Debat Digelar Tiga Kali</a></li></ul></div>
        <p><strong>BANDAR LAMPUNG, Warta Contoh</strong> - ${P1}</p>
        <figure><img src="a.jpg"><figcaption>Rapat pleno KPU Lampung. (Foto: Istimewa)</figcaption></figure>
        <p>${P2}</p>
        <p>Baca juga: <a href="/3">Logistik Pilkada Mulai Didistribusikan</a></p>
        <p>${P3}</p>
        <p>Editor: Rina Sari</p>
        <p>COPYRIGHT © WARTA CONTOH 2024</p>
      </div>
      <aside><h3>Terpopuler</h3><ol><li><a href="/4">Berita lain</a></li></ol></aside>
      <footer>© 2024 Warta Contoh</footer>`);
    const a = articleFromHtml(html, { id: 'p.html' });
    expect(a.title).toBe('KPU Lampung Tetapkan DPT Pilkada');
    expect(a.text).toBe(`BANDAR LAMPUNG, Warta Contoh - ${P1}\n\n${P2}\n\n${P3}`);
    expect(a.place).toBe('BANDAR LAMPUNG');
    expect(a.source).toEqual({ path: 'p.html', line: null, format: 'html' });
  });

  test('an unknown template: the densest block of paragraphs wins over menus and link lists', () => {
    const html = page(`
      <div id="top"><a href="/">Beranda</a> | <a href="/a">Nasional</a> | <a href="/b">Daerah</a></div>
      <div id="wrap"><div id="kolom-kiri">
        <div class="judul">KPU Lampung Tetapkan DPT Pilkada</div>
        <div class="kolom-teks"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
      </div>
      <div id="kolom-kanan"><ul><li><a href="/x">Pilkada serentak digelar November, ini jadwal lengkapnya</a></li><li><a href="/y">Bawaslu rekrut pengawas TPS di seluruh kecamatan</a></li></ul></div></div>`);
    const r = extractHtml(html);
    expect(r.container).toBe('density');
    expect(r.body.replace(/\n+/g, '\n').trim()).toBe(`${P1}\n${P2}\n${P3}`);
  });

  test('br-separated prose in one container, a dateline alone in <strong>, trailing initials', () => {
    const html = page(`<div class="detail_text"><strong>Bandar Lampung -</strong><br><br>${P1}<br><br>${P2}<br><br><div class="pic_artikel"><img src="b.jpg">Ketua KPU Lampung. Foto: Dok. KPU</div>${P3}<br><br>(abc/def)</div>`);
    const a = articleFromHtml(html, { id: 'q.html' });
    expect(a.text).toBe(`Bandar Lampung - ${P1}\n\n${P2}\n\n${P3}`);
    expect(a.place).toBe('Bandar Lampung');
  });

  test('a gallery page without prose gives its photo captions', () => {
    const cap1 = 'Petugas KPPS menata bilik suara di TPS 05 Kelurahan Kedaton, Bandar Lampung, Selasa (13/2/2024).';
    const cap2 = 'Warga memeriksa namanya di daftar pemilih tetap yang ditempel di TPS 05, Selasa (13/2/2024).';
    const html = page(`<h1>KPU Lampung Tetapkan DPT Pilkada</h1><div class="gallery"><figure><img src="1.jpg"><figcaption>${cap1}</figcaption></figure><figure><img src="2.jpg"><figcaption>${cap2}</figcaption></figure></div><div class="text-detail"></div>`);
    const r = extractHtml(html);
    expect(r.container).toBe('captions');
    expect(r.body).toBe(`${cap1}\n\n${cap2}`);
  });
});

describe('extractHtml: metadata', () => {
  test('title: the h1 that agrees with og:title, not a logo or section h1', () => {
    const html = page(`<h1><a href="/">Warta Contoh - Berita Terkini</a></h1><h1>Politik</h1><h1>KPU Lampung Tetapkan DPT Pilkada</h1><div class="read__content"><p>${P1}</p></div>`, '<meta property="og:title" content="KPU Lampung Tetapkan DPT Pilkada | Warta Contoh">');
    expect(extractHtml(html).title).toBe('KPU Lampung Tetapkan DPT Pilkada');
  });

  test('title: without a matching heading, <title> without the site name', () => {
    expect(extractHtml(page(`<h1>Politik</h1><div class="read__content"><p>${P1}</p></div>`)).title).toBe('KPU Lampung Tetapkan DPT Pilkada');
    expect(stripSiteName('Samsul Arif Tak Beban Lawan Arema - Kompas.com')).toBe('Samsul Arif Tak Beban Lawan Arema');
    expect(stripSiteName('KapanLagi.com: FOTO: Dian Saat Berusia 13 Tahun')).toBe('FOTO: Dian Saat Berusia 13 Tahun');
    expect(stripSiteName('Marcella Promo Wisata Lewat Film | Republika Online')).toBe('Marcella Promo Wisata Lewat Film');
  });

  test('url: an empty og:url and canonical are ignored; utm parameters are cut', () => {
    expect(extractHtml(page(`<p>${P1}</p>`, '<meta property="og:url" content=""><link rel="canonical" href="">')).url).toBeNull();
    expect(extractHtml(page(`<p>${P1}</p>`, '<meta property="og:url" content="https://contoh.id/a?utm_source=wp&id=3">')).url).toBe('https://contoh.id/a?id=3');
  });

  test.each([
    ['article:published_time', '<meta property="article:published_time" content="2024-08-20T14:05:00+07:00">', '2024-08-20T14:05:00+07:00'],
    ['JSON-LD datePublished inside @graph', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-08-20T14:05:00+07:00"}]}</script>', '2024-08-20T14:05:00+07:00'],
    ['a <time datetime>', '', '2024-08-20T14:05:00'],
    ['a meta with a clock beats one with only a day', '<meta name="pubdate" content="2024-08-20"><meta name="dtk:publishdate" content="2024/08/20 14:05:00">', '2024-08-20T14:05'],
  ])('published from %s', (_name, head, expected) => {
    const body = head ? `<p>${P1}</p>` : `<time datetime="2024-08-20 14:05:00">Selasa, 20 Agu 2024</time><p>${P1}</p>`;
    expect(extractHtml(page(body, head)).published).toBe(expected);
  });
});

describe('articleFromHtml: encodings and odd markup', () => {
  test('declared iso-8859-1 but valid UTF-8 is read as UTF-8 (no "Â©")', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Café Pemilu</title></head><body><div class="read__content"><p>${P1} Kafe “Demokrasi” dibuka.</p></div></body></html>`;
    const a = articleFromHtml(Buffer.from(html, 'utf8'), { id: 'x.html' });
    expect(a.title).toBe('Café Pemilu');
    expect(a.text).toContain('Kafe “Demokrasi” dibuka.');
    expect(a.text).not.toMatch(/Ã|Â/);
  });

  test('a real windows-1252 page that says so is decoded as declared', () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9 Pemilu</title></head><body><div class="read__content"><p>${P1} Caf\xe9 dibuka.</p></div></body></html>`;
    const a = articleFromHtml(Buffer.from(html, 'latin1'), { id: 'y.html' });
    expect(a.text).toContain('Café dibuka.');
  });

  test('a second complete document inlined in <body>, CRLF line ends', () => {
    const html = page(`<h1>KPU Lampung Tetapkan DPT Pilkada</h1>\r\n<div class="text_gal">${P1}\r\n${P2}</div>\r\n<!DOCTYPE html><html><head><title>Form Rating</title></head><body><form><input type="radio"> Beri nilai</form></body></html>`);
    const a = articleFromHtml(html, { id: 'z.html' });
    expect(a.title).toBe('KPU Lampung Tetapkan DPT Pilkada');
    // a line break in HTML text is a space
    expect(a.text).toBe(`${P1} ${P2}`);
  });

  test('thousands of nested <div>s: read in linear time, never a crash', () => {
    const n = 3000;
    const html = `<html><head><title>KPU Lampung Tetapkan DPT Pilkada - Warta Contoh</title></head><body>${'<div>'.repeat(n)}<p>${P1}</p>${'</div>'.repeat(n)}</body></html>`;
    const t0 = Date.now();
    const a = articleFromHtml(html, { id: 'deep.html' });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(a.text).toBe(P1);
    expect(a.title).toBe('KPU Lampung Tetapkan DPT Pilkada');
  });

  test('a page without any body text gives an empty article', () => {
    expect(articleFromHtml(page('<nav><a href="/">Beranda</a></nav>'), { id: 'e.html' }).text).toBe('');
  });
});
