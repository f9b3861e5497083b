import { SiteChrome } from "@/components/site-chrome";

/** Every page of the site, inside the header, navigation and footer. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
