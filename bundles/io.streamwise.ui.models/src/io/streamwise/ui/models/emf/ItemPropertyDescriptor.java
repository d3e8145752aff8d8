package io.streamwise.ui.models.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One workbench property over an EMF.Edit item property descriptor, with a cell editor chosen by the feature: a combo
 * for enumerations, booleans and references (the descriptor's choice of values), a text field converting through the
 * data type for other single values. Many-valued properties are shown, not edited, here.
 */
final class ItemPropertyDescriptor extends PropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;

	ItemPropertyDescriptor(Object object, IItemPropertyDescriptor item) {
		super(item.getId(object), item.getDisplayName(object));
		this.object = object;
		this.item = item;
		setDescription(item.getDescription(object));
		setCategory(item.getCategory(object));
		String[] flags = item.getFilterFlags(object);
		setFilterFlags(flags);
	}

	/** Item providers may wrap values (to show nested property sources); the raw value is what editors need. */
	static Object unwrap(Object object, Object value) {
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.getText(element);
			}
		};
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object) || item.isMany(object)) {
			return null;
		}
		Object feature = item.getFeature(object);
		Collection<?> choices = item.getChoiceOfValues(object);
		if (feature instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == boolean.class
				|| feature instanceof EAttribute b && b.getEAttributeType().getInstanceClass() == Boolean.class) {
			choices = List.of(Boolean.TRUE, Boolean.FALSE);
		}
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), item.getLabelProvider(object));
		}
		if (feature instanceof EAttribute attribute) {
			return new DataTypeCellEditor(parent, attribute.getEAttributeType());
		}
		return null;
	}

	/** Text through the data type's conversion; text that does not convert is reported and not applied. */
	static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> {
				try {
					EcoreUtil.createFromString(type, (String) value);
					return null;
				} catch (RuntimeException e) {
					return "'" + value + "' is not a valid " + type.getName();
				}
			});
		}

		@Override
		protected Object doGetValue() {
			String text = (String) super.doGetValue();
			return EcoreUtil.createFromString(type, text);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}
	}

	/** A read-only combo over a list of values, including null for references that may be unset. */
	static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, IItemLabelProvider labels) {
			super(parent, labels(values, labels), SWT.READ_ONLY);
			this.values = values;
		}

		private static String[] labels(List<Object> values, IItemLabelProvider labels) {
			return values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new);
		}

		@Override
		protected Object doGetValue() {
			Integer index = (Integer) super.doGetValue();
			return index == null || index < 0 || index >= values.size() ? null : values.get(index);
		}

		@Override
		protected void doSetValue(Object value) {
			int index = -1;
			for (int i = 0; i < values.size(); i++) {
				if (Objects.equals(values.get(i), value)) {
					index = i;
				}
			}
			super.doSetValue(index);
		}
	}

	/** The feature the property edits, for tests and callers that need it. */
	EStructuralFeature feature() {
		return item.getFeature(object) instanceof EStructuralFeature f ? f : null;
	}
}
