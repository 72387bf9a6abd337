/** Minimal pages for refused requests, readable by an officer who typed the address by hand. */
export function refusalPage(status: 401 | 403): string {
  const [id, en] =
    status === 401
      ? [
          'Alamat ini memerlukan token. Buka alamat lengkap (dengan <code>?token=…</code>) yang dicetak oleh <code>lemari serve</code> atau <code>npm start</code>.',
          'This address needs its token. Open the full address (with <code>?token=…</code>) printed by <code>lemari serve</code> or <code>npm start</code>.',
        ]
      : [
          'Permintaan ditolak: Lemari hanya melayani alamat loopback (127.x.x.x) yang dicetaknya, di komputer ini.',
          'Request refused: Lemari only serves the loopback address (127.x.x.x) it printed, on this computer.',
        ];
  return `<!doctype html><html lang="id"><meta charset="utf-8"><title>Lemari</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Lemari</h1><p>${id}</p><p lang="en"><i>${en}</i></p></body></html>`;
}
