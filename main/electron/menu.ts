import type { MenuItemConstructorOptions } from 'electron';

/** The application menu in Bahasa Indonesia (the app's first language); roles keep the OS behaviour. */
export function menuTemplate(options: { isPackaged: boolean; onAbout: () => void }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ];
  if (!options.isPackaged)
    view.push({ type: 'separator' }, { role: 'reload', label: 'Muat Ulang' }, { role: 'toggleDevTools', label: 'Alat Pengembang' });
  return [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Tampilan', submenu: view },
    { label: 'Bantuan', submenu: [{ label: 'Tentang Lemari', click: options.onAbout }] },
  ];
}
