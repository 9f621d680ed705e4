// A centred spinner with an accessible label, for pages and sections still loading.
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function LoadingState({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? "100vh" : undefined} py="xl" role="status" aria-label={t("app.loading")}>
      <Loader />
    </Center>
  );
}
