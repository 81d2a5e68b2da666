import { useTranslation } from "react-i18next";
import type { Company } from "../../../shared/protocol/companies.ts";
import type { Language } from "../../i18n/language.ts";
import { navigate, parkPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { slotLabel } from "./boothPlace.ts";
import { CompanyDescription, CompanyLinks, ContactList, Gallery, hasContact, ProductList } from "./CompanyShowcase.tsx";
import { useParks } from "./useParks.ts";

/** A company's page as any visitor sees it: about, products, pictures, links, contact and booths. */
export function CompanyProfile({ company, lng }: { company: Company; lng: Language }) {
  const { t } = useTranslation();
  const parks = useParks();
  const signedIn = useSession() !== null;
  const parkName = (id: string) => parks.find((p) => p.id === id)?.name[lng] ?? id;

  return (
    <div className="company-profile">
      <div className="company-profile__main">
        <section className="card company-card" aria-labelledby="company-about">
          <h2 id="company-about">{t("company.page.about")}</h2>
          <CompanyDescription company={company} lng={lng} />
        </section>
        {company.products.length > 0 && (
          <section className="card company-card" aria-labelledby="company-products">
            <h2 id="company-products">{t("company.page.products")}</h2>
            <ProductList company={company} />
          </section>
        )}
        {company.gallery.length > 0 && (
          <section className="card company-card" aria-labelledby="company-gallery">
            <h2 id="company-gallery">{t("company.page.gallery")}</h2>
            <Gallery company={company} />
          </section>
        )}
      </div>
      <aside className="company-profile__side">
        <section className="card company-card" aria-labelledby="company-booths">
          <h2 id="company-booths">{t("company.page.booths")}</h2>
          {company.booths.length === 0 && <p className="muted">{t("company.page.noBooth")}</p>}
          <ul className="company-booths">
            {company.booths.map((b) => (
              <li key={`${b.parkId}/${b.slotId}`}>
                <span className="company-booths__place">{t("company.page.boothIn", { slot: slotLabel(b.slotId), park: parkName(b.parkId) })}</span>
                {signedIn && (
                  <button type="button" className="button button--ghost company-button--small" onClick={() => navigate(parkPath(b.parkId), { state: { booth: b.slotId } })}>
                    {t("company.page.walkThere")} →
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
        {(company.website || company.videoUrl) && (
          <section className="card company-card" aria-labelledby="company-links">
            <h2 id="company-links">{t("company.page.links")}</h2>
            <CompanyLinks company={company} />
          </section>
        )}
        {hasContact(company) && (
          <section className="card company-card" aria-labelledby="company-contact">
            <h2 id="company-contact">{t("company.page.contact")}</h2>
            <ContactList company={company} />
          </section>
        )}
      </aside>
    </div>
  );
}
