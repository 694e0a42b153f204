/**
 * Browser enhancement of build-time charts: a tooltip on hover and keyboard focus for each mark.
 * Marks become one tab stop per chart (arrow keys move between them); the native <title> tooltip they carry
 * without JavaScript is removed so that only one tooltip shows.
 */
export function enhanceCharts(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>('.chart-frame:not([data-enhanced])')) {
    frame.dataset.enhanced = '';
    const marks = [...frame.querySelectorAll<SVGGElement>('[data-mark]')];
    if (!marks.length) continue;
    const tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    frame.append(tip);

    const show = (m: SVGGElement) => {
      tip.textContent = m.dataset.tip ?? '';
      tip.hidden = false;
      const box = m.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      const left = Math.min(Math.max(box.left + box.width / 2 - outer.left - tip.offsetWidth / 2, 0), outer.width - tip.offsetWidth);
      const above = box.top - outer.top - tip.offsetHeight - 8;
      tip.style.left = `${left}px`;
      tip.style.top = `${above >= 0 ? above : box.bottom - outer.top + 8}px`;
      for (const other of marks) other.classList.toggle('active', other === m);
    };
    const hide = () => {
      tip.hidden = true;
      for (const m of marks) m.classList.remove('active');
    };

    marks.forEach((m, i) => {
      m.querySelector('title')?.remove();
      m.setAttribute('tabindex', i === 0 ? '0' : '-1');
      m.addEventListener('pointerenter', () => show(m));
      m.addEventListener('pointerleave', hide);
      m.addEventListener('focus', () => show(m));
      m.addEventListener('blur', hide);
      m.addEventListener('keydown', (e) => {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -marks.length, End: marks.length }[e.key];
        if (e.key === 'Escape') return hide();
        if (!step) return;
        e.preventDefault();
        const next = marks[Math.min(Math.max(i + step, 0), marks.length - 1)]!;
        m.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
  }
}
