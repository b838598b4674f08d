import { createPrioritiesPanel } from './priorities-panel.js';
import { renderRegionActions } from './region-actions.js';

// What a province's coordinator can do from the page. Shown only to a token with the
// `coordinator` role of the province shown; a viewer (or a coordinator of another province)
// sees the same page without these. The services decide again on every write.
export function mountCoordinatorActions({ api, claims, province }) {
  const panel = document.getElementById('coordinator-actions');
  const regionEl = document.getElementById('region-actions');
  const allowed = () => Boolean(claims?.roles?.includes('coordinator') && claims.region === province());
  const priorities = createPrioritiesPanel(document.getElementById('priority-actions'), api);
  let prioritiesFor = '';
  let regionFor = '';

  return {
    async reportLoaded(report, year) {
      panel.hidden = !allowed();
      if (panel.hidden || prioritiesFor === `${report.province.code}:${year}`) return;
      prioritiesFor = `${report.province.code}:${year}`;
      await priorities.refresh(report.province.code, year).catch((error) => {
        prioritiesFor = '';
        priorities.failed(error);
      });
    },
    /** Rendered once per opening, so a live refresh of the drill-down does not wipe a form being filled in. */
    async regionShown(region, year) {
      if (!allowed() || !region) {
        regionEl.replaceChildren();
        return;
      }
      if (regionFor === `${region.region}:${year}`) return;
      regionFor = `${region.region}:${year}`;
      await renderRegionActions(regionEl, api, region, year);
    },
    regionHidden() {
      regionFor = '';
      regionEl.replaceChildren();
    },
  };
}
