/** Placeholder: the export dialog lands here. */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" data-modal-open className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/30" onClick={onClose}>
      <div className="rounded-xl bg-white p-6">Export is coming.</div>
    </div>
  );
}
