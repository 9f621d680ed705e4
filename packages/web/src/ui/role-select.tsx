// A select of roles, translated, offering only the roles the current member may grant.
import { Select, type SelectProps } from "@mantine/core";
import { canGrant, ROLES, type Role } from "@touchpoint/core";
import { useTranslation } from "react-i18next";

type RoleSelectProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  value: Role;
  onChange: (role: Role) => void;
  /** The role of the person choosing; roles above it are not offered. */
  granter: Role;
  "data-testid"?: string;
};

export function RoleSelect({ value, onChange, granter, ...props }: RoleSelectProps) {
  const { t } = useTranslation();
  const data = ROLES.filter((role) => canGrant(granter, role) || role === value).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
    disabled: !canGrant(granter, role),
  }));
  return (
    <Select
      {...props}
      data={data}
      value={value}
      allowDeselect={false}
      onChange={(next) => {
        const role = ROLES.find((candidate) => candidate === next);
        if (role) onChange(role);
      }}
    />
  );
}
